import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OFFER_LIMITS } from './limits'
import { offerUnit } from './units'
import { boxText, convertPay } from './write-back'

describe('boxText', () => {
  it('writes lakh back to the rupee, not to two decimals', () => {
    expect(boxText(15.555, 'year')).toBe('15.555')
    expect(boxText(12.75, 'year')).toBe('12.75')
    expect(boxText(9.6, 'year')).toBe('9.6')
  })

  it('writes values back the way the box shows them', () => {
    expect(boxText(15, 'year')).toBe('15')
    expect(boxText(15.456, 'year')).toBe('15.456')
    expect(boxText(12.755, 'year')).toBe('12.755')
    expect(boxText(125_000.4, 'month')).toBe('125000')
  })
})

describe('convertPay', () => {
  it('turns lakh a year into rupees a month and back', () => {
    expect(convertPay(15, 'year', 'month')).toBe(125_000)
    expect(convertPay(125_000, 'month', 'year')).toBe(15)
    expect(convertPay(16, 'year', 'month')).toBe(133_333)
    expect(convertPay(133_333, 'month', 'year')).toBe(15.99996)
    expect(convertPay(15, 'year', 'year')).toBe(15)
  })

  it('keeps lakh to the rupee: 15.555 L a year is ₹1,29,625 a month, and back', () => {
    expect(convertPay(15.555, 'year', 'month')).toBe(129_625)
    expect(convertPay(129_625, 'month', 'year')).toBe(15.555)
  })

  it('keeps a yearly offer as it is between per year and in hand', () => {
    const convertOffer = (
      value: number,
      from: 'year' | 'month' | 'inhand',
      to: 'year' | 'month' | 'inhand',
    ) => convertPay(value, offerUnit(from), offerUnit(to))
    expect(convertOffer(15.5, 'year', 'inhand')).toBe(15.5)
    expect(convertOffer(15.5, 'inhand', 'year')).toBe(15.5)
    expect(convertOffer(15, 'inhand', 'month')).toBe(125_000)
    expect(convertOffer(125_000, 'month', 'inhand')).toBe(15)
  })

  it('round-trips any valid yearly offer to within ₹6 a year (half a rupee a month, times 12)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: OFFER_LIMITS.year.minLakh, max: OFFER_LIMITS.year.maxLakh, noNaN: true }),
        (lakh) => {
          const back = convertPay(convertPay(lakh, 'year', 'month'), 'month', 'year')
          expect(Math.abs(back - lakh)).toBeLessThanOrEqual(0.00006 + 0.000005)
        },
      ),
    )
  })
})
