import { describe, expect, it } from 'vitest'
import { CHART_ROW_HEIGHT, chartHeight, formatTick, valueAxis } from './chart-layout'

describe('chartHeight', () => {
  it('grows by one band per place, so the placeholder can reserve it before the chart loads', () => {
    expect(chartHeight(6) - chartHeight(5)).toBe(CHART_ROW_HEIGHT)
    expect(chartHeight(0)).toBe(chartHeight(1))
  })
})

describe('valueAxis', () => {
  it('starts at zero and ends on a round figure at or above the highest value', () => {
    expect(valueAxis(45, 'year')).toEqual({ domain: [0, 50], ticks: [0, 10, 20, 30, 40, 50] })
    expect(valueAxis(22, 'year')).toEqual({ domain: [0, 25], ticks: [0, 5, 10, 15, 20, 25] })
    expect(valueAxis(50, 'year').domain).toEqual([0, 50])
  })

  it('uses fewer, wider steps for monthly rupees', () => {
    expect(valueAxis(375_000, 'month')).toEqual({ domain: [0, 400_000], ticks: [0, 200_000, 400_000] })
  })

  it('stretches to take in a large offer', () => {
    expect(valueAxis(500, 'year').domain).toEqual([0, 500])
    expect(valueAxis(4_166_667, 'month').domain[1]).toBeGreaterThanOrEqual(4_166_667)
  })

  it('never collapses to an empty axis', () => {
    expect(valueAxis(0, 'year').domain[1]).toBeGreaterThan(0)
    expect(valueAxis(NaN, 'month').domain[1]).toBeGreaterThan(0)
  })

  it('labels ticks in the unit', () => {
    expect(formatTick(20, 'year').replace(/\u00a0/g, ' ')).toBe('₹20 L')
    expect(formatTick(200_000, 'month')).toBe('₹2,00,000')
  })
})
