import { describe, expect, it } from 'vitest'
import { toLakhPerYear } from './search'
import { formatAmount, formatRange, fromLakhPerYear } from './units'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')

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

  it('goes back from rupees a month to lakh a year', () => {
    expect(toLakhPerYear(125_000, 'month')).toBe(15)
    expect(toLakhPerYear(100_000, 'month')).toBe(12)
  })
})

describe('formatting in a unit', () => {
  it('writes amounts as lakh or as rupees with Indian grouping', () => {
    expect(plain(formatAmount(15, 'year'))).toBe('₹15 L')
    expect(formatAmount(125_000, 'month')).toBe('₹1,25,000')
  })

  it('writes ranges with an en dash, collapsing equal ends', () => {
    expect(plain(formatRange(12, 22, 'year'))).toBe('₹12–22 L')
    expect(formatRange(100_000, 183_333, 'month')).toBe('₹1,00,000–₹1,83,333')
    expect(formatRange(100_000, 100_000, 'month')).toBe('₹1,00,000')
  })
})
