import { describe, expect, it } from 'vitest'
import { boxText, toTheRupee } from './rounding'

describe('toTheRupee', () => {
  it('keeps lakh to five decimals and a month in whole rupees', () => {
    expect(toTheRupee(12.755, 'year')).toBe(12.755)
    expect(toTheRupee(12.7555555, 'year')).toBe(12.75556)
    expect(toTheRupee(125_000.4, 'month')).toBe(125_000)
    expect(toTheRupee(129_616.67, 'month')).toBe(129_617)
  })
})

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
