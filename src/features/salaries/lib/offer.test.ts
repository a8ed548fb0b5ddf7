import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkOffer,
  convertOffer,
  describeVerdict,
  formatOfferValue,
  offerVerdict,
  parseOffer,
} from './offer'
import { OFFER_LIMITS_LAKH } from './search'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')
const problemOf = (raw: string, unit: 'year' | 'month' = 'year') => {
  const parsed = parseOffer(raw, unit)
  return parsed.status === 'invalid' ? parsed.problem : parsed.status
}
const messageOf = (raw: string, unit: 'year' | 'month' = 'year') => {
  const parsed = parseOffer(raw, unit)
  return parsed.status === 'invalid' ? plain(parsed.message) : ''
}

describe('parseOffer', () => {
  it('reads plain numbers and decimals in the chosen unit', () => {
    expect(parseOffer('15', 'year')).toEqual({ status: 'valid', value: 15, lakhPerYear: 15 })
    expect(parseOffer(' 15.5 ', 'year')).toEqual({ status: 'valid', value: 15.5, lakhPerYear: 15.5 })
    expect(parseOffer('15.', 'year')).toMatchObject({ status: 'valid', value: 15 })
    expect(parseOffer('125000', 'month')).toEqual({ status: 'valid', value: 125_000, lakhPerYear: 15 })
  })

  it('accepts Indian grouping, a rupee sign and a trailing L', () => {
    expect(parseOffer('1,25,000', 'month')).toMatchObject({ status: 'valid', value: 125_000 })
    expect(parseOffer('₹15 L', 'year')).toMatchObject({ status: 'valid', value: 15 })
    expect(parseOffer('15 lakh', 'year')).toMatchObject({ status: 'valid', value: 15 })
  })

  it('treats an empty box as no offer, without an error', () => {
    expect(parseOffer('', 'year')).toEqual({ status: 'empty' })
    expect(parseOffer('   ', 'month')).toEqual({ status: 'empty' })
  })

  it('explains text that is not a number', () => {
    expect(problemOf('fifteen')).toBe('not-a-number')
    expect(problemOf('15-20')).toBe('not-a-number')
    expect(problemOf('1e5')).toBe('not-a-number')
    expect(problemOf('NaN')).toBe('not-a-number')
    expect(problemOf('Infinity')).toBe('not-a-number')
    expect(messageOf('abc')).toBe('Enter a number of lakh, like 15 for ₹15 L a year.')
    expect(messageOf('abc', 'month')).toBe('Enter a number of rupees, like 125000 for ₹1,25,000 a month.')
  })

  it('refuses negative offers and zero', () => {
    expect(problemOf('-1')).toBe('negative')
    expect(problemOf('−15')).toBe('negative') // a typographic minus
    expect(messageOf('-1')).toMatch(/cannot be negative/)
    expect(problemOf('0')).toBe('zero')
    expect(problemOf('0.00')).toBe('zero')
    expect(messageOf('0')).toMatch(/zero/)
  })

  it('refuses absurd offers, like ₹10,000 L a year', () => {
    expect(problemOf('10,000')).toBe('too-large')
    expect(messageOf('10,000')).toBe(
      '₹10,000 L a year is more than ₹5 crore a year, far beyond these ranges.',
    )
    expect(problemOf('99999999999999999999999')).toBe('too-large')
  })

  it('spots rupees typed into the lakh box and says what to enter', () => {
    expect(messageOf('1500000')).toBe(
      '₹15,00,000 L a year is more than ₹5 crore a year, far beyond these ranges. If you typed rupees, ₹15,00,000 is ₹15 L: enter 15.',
    )
  })

  it('refuses offers under ₹1,000 a month as a slip of unit', () => {
    expect(problemOf('15', 'month')).toBe('too-small')
    expect(messageOf('15', 'month')).toMatch(/125000 means ₹1,25,000/)
    expect(problemOf('0.1', 'year')).toBe('too-small')
    expect(problemOf('999', 'month')).toBe('too-small')
    expect(problemOf('1000', 'month')).toBe('valid')
  })

  it('accepts the limits themselves', () => {
    expect(problemOf(String(OFFER_LIMITS_LAKH.max))).toBe('valid')
    expect(problemOf(String(OFFER_LIMITS_LAKH.min))).toBe('valid')
  })
})

describe('checkOffer (numbers from the page address)', () => {
  it('refuses NaN, infinities, negatives and zero', () => {
    for (const value of [NaN, Infinity, -Infinity, -1, 0]) {
      expect(checkOffer(value, 'year').status, String(value)).toBe('invalid')
    }
  })
})

describe('convertOffer', () => {
  it('turns lakh a year into rupees a month and back', () => {
    expect(convertOffer(15, 'year', 'month')).toBe(125_000)
    expect(convertOffer(125_000, 'month', 'year')).toBe(15)
    expect(convertOffer(16, 'year', 'month')).toBe(133_333)
    expect(convertOffer(133_333, 'month', 'year')).toBe(16)
    expect(convertOffer(15, 'year', 'year')).toBe(15)
  })

  it('round-trips any valid yearly offer to within a paisa of lakh', () => {
    fc.assert(
      fc.property(
        fc.double({ min: OFFER_LIMITS_LAKH.min, max: OFFER_LIMITS_LAKH.max, noNaN: true }),
        (lakh) => {
          const back = convertOffer(convertOffer(lakh, 'year', 'month'), 'month', 'year')
          expect(Math.abs(back - lakh)).toBeLessThanOrEqual(0.01)
        },
      ),
    )
  })

  it('writes values back the way the box shows them', () => {
    expect(formatOfferValue(15, 'year')).toBe('15')
    expect(formatOfferValue(15.456, 'year')).toBe('15.46')
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
    expect(plain(describeVerdict({ kind: 'above', gap: 0.333333 }, 'year'))).toBe('Above, by ₹0.3 L')
    expect(describeVerdict({ kind: 'below', gap: 41_667 }, 'month')).toBe('Below, by ₹41,667')
  })
})
