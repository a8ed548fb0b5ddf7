import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertOffer, describeVerdict, formatOfferValue, offerVerdict, parseOffer } from './offer'
import { OFFER_LIMITS_LAKH, type SalaryUnit } from './search'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')
const problemOf = (raw: string, unit: SalaryUnit = 'year') => {
  const parsed = parseOffer(raw, unit)
  return parsed.status === 'invalid' ? parsed.problem : parsed.status
}
const messageOf = (raw: string, unit: SalaryUnit = 'year') => {
  const parsed = parseOffer(raw, unit)
  return parsed.status === 'invalid' ? plain(parsed.message) : ''
}

// The reading itself is tested in src/lib/pay-input.test.ts; here, what the offer box asks of it.
describe('parseOffer', () => {
  it('reads lakh a year per year and in hand, rupees a month per month', () => {
    expect(parseOffer('15', 'year')).toEqual({
      status: 'valid',
      value: 15,
      lakhPerYear: 15,
      understood: 'Read as ₹15\u00a0L a year.',
    })
    expect(parseOffer('15 LPA', 'inhand')).toMatchObject({ status: 'valid', value: 15, lakhPerYear: 15 })
    expect(parseOffer('125000', 'month')).toMatchObject({ status: 'valid', value: 125_000, lakhPerYear: 15 })
    expect(parseOffer('15 L', 'month')).toMatchObject({ status: 'valid', value: 125_000 })
  })

  it('treats an empty box as no offer, without an error', () => {
    expect(parseOffer('', 'year')).toEqual({ status: 'empty' })
    expect(parseOffer('   ', 'month')).toEqual({ status: 'empty' })
  })

  it('refuses offers beyond ₹5 crore a year, naming the amount as typed', () => {
    expect(messageOf('500.01')).toBe(
      '₹500.01 L a year is more than ₹5 crore a year, beyond what this box takes.',
    )
    expect(problemOf('10,000')).toBe('too-large')
  })

  it('reads rupees typed into the lakh box as rupees', () => {
    expect(parseOffer('1500000', 'year')).toMatchObject({ status: 'valid', value: 15 })
  })

  it('accepts offers from ₹1,000 a month, but estimates in hand only from ₹1 L a year', () => {
    expect(problemOf(String(OFFER_LIMITS_LAKH.min))).toBe('valid')
    expect(problemOf(String(OFFER_LIMITS_LAKH.max))).toBe('valid')
    expect(problemOf('1000', 'month')).toBe('valid')
    expect(problemOf('999', 'month')).toBe('too-small')
    expect(problemOf('0.5', 'year')).toBe('valid')
    expect(problemOf('0.5', 'inhand')).toBe('too-small')
    expect(messageOf('0.5', 'inhand')).toMatch(/^₹50,000 a year is less than ₹1 L a year\./)
    expect(messageOf('0.5', 'inhand')).toMatch(/The in-hand estimate starts at ₹1 L a year/)
  })
})

describe('convertOffer', () => {
  it('turns lakh a year into rupees a month and back', () => {
    expect(convertOffer(15, 'year', 'month')).toBe(125_000)
    expect(convertOffer(125_000, 'month', 'year')).toBe(15)
    expect(convertOffer(16, 'year', 'month')).toBe(133_333)
    expect(convertOffer(133_333, 'month', 'year')).toBe(15.99996)
    expect(convertOffer(15, 'year', 'year')).toBe(15)
  })

  it('keeps lakh to the rupee: 15.555 L a year is ₹1,29,625 a month, and back', () => {
    expect(convertOffer(15.555, 'year', 'month')).toBe(129_625)
    expect(convertOffer(129_625, 'month', 'year')).toBe(15.555)
  })

  it('keeps a yearly offer as it is between per year and in hand', () => {
    expect(convertOffer(15.5, 'year', 'inhand')).toBe(15.5)
    expect(convertOffer(15.5, 'inhand', 'year')).toBe(15.5)
    expect(convertOffer(15, 'inhand', 'month')).toBe(125_000)
    expect(convertOffer(125_000, 'month', 'inhand')).toBe(15)
  })

  it('round-trips any valid yearly offer to within ₹6 a year (half a rupee a month, times 12)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: OFFER_LIMITS_LAKH.min, max: OFFER_LIMITS_LAKH.max, noNaN: true }),
        (lakh) => {
          const back = convertOffer(convertOffer(lakh, 'year', 'month'), 'month', 'year')
          expect(Math.abs(back - lakh)).toBeLessThanOrEqual(0.00006 + 0.000005)
        },
      ),
    )
  })

  it('writes values back the way the box shows them', () => {
    expect(formatOfferValue(15, 'year')).toBe('15')
    expect(formatOfferValue(15.456, 'year')).toBe('15.456')
    expect(formatOfferValue(12.755, 'year')).toBe('12.755')
    expect(formatOfferValue(125_000.4, 'month')).toBe('125000')
  })
})

describe('offerVerdict', () => {
  it('places an offer below, within (with how far up) or above a range', () => {
    expect(offerVerdict(15, 12, 22)).toEqual({ kind: 'within', percent: 30 })
    expect(offerVerdict(15, 10, 17)).toEqual({ kind: 'within', percent: 71 })
    expect(offerVerdict(15, 20, 45)).toEqual({ kind: 'below', gap: 5 })
    expect(offerVerdict(25, 12, 22)).toEqual({ kind: 'above', gap: 3 })
  })

  it('counts both ends as within: 0% at the bottom, 100% at the top', () => {
    expect(offerVerdict(12, 12, 22)).toEqual({ kind: 'within', percent: 0 })
    expect(offerVerdict(22, 12, 22)).toEqual({ kind: 'within', percent: 100 })
  })

  it('handles a range that is a single figure', () => {
    expect(offerVerdict(15, 15, 15)).toEqual({ kind: 'within', percent: null })
    expect(offerVerdict(14, 15, 15)).toEqual({ kind: 'below', gap: 1 })
    expect(offerVerdict(16, 15, 15)).toEqual({ kind: 'above', gap: 1 })
  })

  it('is above for a huge offer and below for zero', () => {
    expect(offerVerdict(1e12, 12, 22)).toEqual({ kind: 'above', gap: 1e12 - 22 })
    expect(offerVerdict(0, 12, 22)).toEqual({ kind: 'below', gap: 12 })
  })

  it('gives no verdict for NaN or infinite input', () => {
    expect(offerVerdict(NaN, 12, 22)).toBeNull()
    expect(offerVerdict(Infinity, 12, 22)).toBeNull()
    expect(offerVerdict(15, NaN, 22)).toBeNull()
  })

  it('always gives a percentage from 0 to 100 for offers within', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (offer, a, b) => {
          const verdict = offerVerdict(offer, a, b)!
          if (verdict.kind === 'within' && verdict.percent !== null) {
            expect(verdict.percent).toBeGreaterThanOrEqual(0)
            expect(verdict.percent).toBeLessThanOrEqual(100)
          } else if (verdict.kind !== 'within') {
            expect(verdict.gap).toBeGreaterThan(0)
          }
        },
      ),
    )
  })
})

describe('describeVerdict', () => {
  it('says where the offer sits in words, in the chosen unit', () => {
    expect(describeVerdict({ kind: 'within', percent: 30 }, 'year')).toBe('Within, 30% of the way up')
    expect(describeVerdict({ kind: 'within', percent: null }, 'year')).toBe(
      'Within: it is the one figure given',
    )
    expect(plain(describeVerdict({ kind: 'below', gap: 5 }, 'year'))).toBe('Below, by ₹5 L')
    expect(plain(describeVerdict({ kind: 'above', gap: 15 - 12.755 }, 'year'))).toBe('Above, by ₹2.245 L')
    expect(describeVerdict({ kind: 'below', gap: 41_667 }, 'month')).toBe('Below, by ₹41,667')
  })
})
