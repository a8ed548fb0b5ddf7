import { describe, expect, it } from 'vitest'
import { formatAmount, formatRange } from './units'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')

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
