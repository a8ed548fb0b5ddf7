import { describe, expect, it } from 'vitest'
import { toTheRupee } from './rounding'

describe('toTheRupee', () => {
  it('keeps lakh to five decimals and a month in whole rupees', () => {
    expect(toTheRupee(12.755, 'year')).toBe(12.755)
    expect(toTheRupee(12.7555555, 'year')).toBe(12.75556)
    expect(toTheRupee(125_000.4, 'month')).toBe(125_000)
    expect(toTheRupee(129_616.67, 'month')).toBe(129_617)
  })
})
