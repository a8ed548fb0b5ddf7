import { describe, expect, it } from 'vitest'
import { fromLakhPerYear, toLakhPerYear } from './units'

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
