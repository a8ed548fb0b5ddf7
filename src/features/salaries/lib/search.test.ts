import { describe, expect, it } from 'vitest'
import { validateSalarySearch } from './search'

// The router lays the result over the raw values, so an absent key must be returned as undefined, not left out.
const validate = (raw: Record<string, unknown>) =>
  validateSalarySearch(raw as Parameters<typeof validateSalarySearch>[0])

describe('validateSalarySearch', () => {
  it('defaults to the page order, per year, no offer', () => {
    expect(validate({})).toEqual({ sort: 'page', unit: 'year', offer: undefined, pf: 'min' })
  })

  it('keeps a valid view', () => {
    expect(validate({ sort: 'top', unit: 'month', offer: 125_000 })).toEqual({
      sort: 'top',
      unit: 'month',
      offer: 125_000,
      pf: 'min',
    })
  })

  it('falls back quietly on hostile or stale values', () => {
    expect(validate({ sort: '<script>alert(1)</script>', unit: 'fortnight', offer: -1 })).toStrictEqual({
      sort: 'page',
      unit: 'year',
      offer: undefined,
      pf: 'min',
      working: undefined,
    })
    expect(validate({ sort: ['top'], unit: { toString: 'month' }, offer: '15' })).toStrictEqual({
      sort: 'page',
      unit: 'year',
      offer: undefined,
      pf: 'min',
      working: undefined,
    })
    expect(validate({ sort: '__proto__', offer: null })).toEqual({
      sort: 'page',
      unit: 'year',
      offer: undefined,
      pf: 'min',
      working: undefined,
    })
  })

  it('drops offers the box would refuse: zero, absurd, NaN, or out of scale for the unit', () => {
    expect(validate({ offer: 0 })).toEqual({ sort: 'page', unit: 'year', offer: undefined, pf: 'min' })
    expect(validate({ offer: 10_000, pf: 'min' })).toEqual({
      sort: 'page',
      unit: 'year',
      offer: undefined,
      pf: 'min',
    })
    expect(validate({ offer: Number.NaN })).toEqual({
      sort: 'page',
      unit: 'year',
      offer: undefined,
      pf: 'min',
    })
    expect(validate({ offer: 15, unit: 'month' })).toEqual({
      sort: 'page',
      unit: 'month',
      offer: undefined,
      pf: 'min',
    })
    expect(validate({ offer: 10_000, unit: 'month' })).toEqual({
      sort: 'page',
      unit: 'month',
      offer: 10_000,
      pf: 'min',
    })
  })

  it('keeps the in-hand unit, a PF assumption and the figure worked through; drops unknown ones', () => {
    expect(validate({ unit: 'inhand', pf: 'basic50', offer: 15, working: 'pune:offer' })).toEqual({
      sort: 'page',
      unit: 'inhand',
      offer: 15,
      pf: 'basic50',
      working: 'pune:offer',
    })
    expect(validate({ unit: 'inhand', pf: 'basic60', working: 'pune:middle' })).toEqual({
      sort: 'page',
      unit: 'inhand',
      pf: 'min',
    })
    // The in-hand estimate starts at ₹1 L a year.
    expect(validate({ unit: 'inhand', offer: 0.5 }).offer).toBeUndefined()
  })

  it('keeps an offer to the rupee, as the box reads it', () => {
    expect(validate({ offer: 12.755 }).offer).toBe(12.755)
    expect(validate({ offer: 12.7555555 }).offer).toBe(12.75556)
    expect(validate({ unit: 'month', offer: 125_000.4 }).offer).toBe(125_000)
    // ₹5 crore a year is ₹41,66,667 a month, to the rupee: still within the box's limit.
    expect(validate({ unit: 'month', offer: 4_166_667 }).offer).toBe(4_166_667)
  })

  it('ignores parameters it does not know', () => {
    expect(validate({ sort: 'mid', utm_source: 'x' })).toEqual({
      sort: 'mid',
      unit: 'year',
      offer: undefined,
      pf: 'min',
      working: undefined,
    })
  })
})
