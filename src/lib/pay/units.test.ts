import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PAY_LIMITS } from './limits'
import { convertPay, fromLakhPerYear, offerUnit, rupeesToLakh, toLakhPerYear } from './units'

describe('per-month conversion (gross, the yearly figure divided by 12)', () => {
  it('divides a yearly lakh figure by 12 and rounds to the rupee', () => {
    expect(fromLakhPerYear(12, 'month')).toBe(100_000)
    expect(fromLakhPerYear(22, 'month')).toBe(183_333) // 1,83,333.33…
    expect(fromLakhPerYear(11, 'month')).toBe(91_667) // 91,666.67…
    expect(fromLakhPerYear(45, 'month')).toBe(375_000)
  })

  it('leaves yearly figures as lakh', () => {
    expect(fromLakhPerYear(12.5, 'year')).toBe(12.5)
    expect(toLakhPerYear(12.5, 'year')).toBe(12.5)
  })

  it('goes back from rupees a month to lakh a year, and from rupees to lakh', () => {
    expect(toLakhPerYear(125_000, 'month')).toBe(15)
    expect(toLakhPerYear(100_000, 'month')).toBe(12)
    expect(rupeesToLakh(1_500_000)).toBe(15)
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
        fc.double({ min: PAY_LIMITS.offer.minLakh, max: PAY_LIMITS.offer.maxLakh, noNaN: true }),
        (lakh) => {
          const back = convertPay(convertPay(lakh, 'year', 'month'), 'month', 'year')
          expect(Math.abs(back - lakh)).toBeLessThanOrEqual(0.00006 + 0.000005)
        },
      ),
    )
  })
})
