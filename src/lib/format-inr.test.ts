import { describe, expect, it } from 'vitest'
import { describeLakhRange, formatLakh, formatLakhExact, formatLakhRange, formatRupees } from './format-inr'

// Normalise the no-break space so expectations read naturally.
const plain = (s: string) => s.replace(/\u00a0/g, ' ')

describe('formatLakh', () => {
  it('shows whole and fractional lakh with the rupee sign', () => {
    expect(plain(formatLakh(12))).toBe('₹12 L')
    expect(plain(formatLakh(8.5))).toBe('₹8.5 L')
  })

  it('keeps the unit on the same line as the figure', () => {
    expect(formatLakh(12)).toContain('\u00a0L')
  })
})

describe('formatLakhRange', () => {
  it('joins the ends with an en dash', () => {
    expect(plain(formatLakhRange(12, 22))).toBe('₹12–22 L')
  })

  it('collapses an empty range to one figure', () => {
    expect(plain(formatLakhRange(15, 15))).toBe('₹15 L')
  })
})

describe('formatRupees', () => {
  it('groups digits the Indian way', () => {
    expect(formatRupees(100000)).toBe('₹1,00,000')
    expect(formatRupees(18_33_333)).toBe('₹18,33,333')
  })

  it('rounds to whole rupees', () => {
    expect(formatRupees(83333.33)).toBe('₹83,333')
  })
})

describe('describeLakhRange', () => {
  it('spells the range out for assistive technology', () => {
    expect(describeLakhRange(12, 22)).toBe('12 to 22 lakh rupees')
  })
})

describe('formatLakhExact', () => {
  it('keeps an amount down to the rupee, so an offer is named as typed', () => {
    expect(plain(formatLakhExact(12.75))).toBe('₹12.75 L')
    expect(plain(formatLakhExact(12.755))).toBe('₹12.755 L')
    expect(plain(formatLakhExact(17.01))).toBe('₹17.01 L')
    expect(plain(formatLakhExact(15.55404))).toBe('₹15.55404 L')
    expect(plain(formatLakhExact(15))).toBe('₹15 L')
    expect(plain(formatLakhExact(1250))).toBe('₹1,250 L')
  })

  it('drops the noise of floating-point sums below a rupee', () => {
    expect(plain(formatLakhExact(15 - 12.755))).toBe('₹2.245 L')
  })
})
