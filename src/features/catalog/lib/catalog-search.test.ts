import { describe, expect, it } from 'vitest'
import { parseCatalogSearch, parsePayInput } from './catalog-search'

describe('parseCatalogSearch', () => {
  it('reads a shared link', () => {
    expect(parseCatalogSearch({ q: 'python', place: 'pune', minPay: 15 })).toEqual({
      q: 'python',
      place: 'pune',
      minPay: 15,
    })
  })

  it('drops hostile or malformed values', () => {
    expect(parseCatalogSearch({ place: '<script>', minPay: -3, q: { a: 1 } })).toEqual({
      q: undefined,
      place: undefined,
      minPay: undefined,
    })
  })
})

describe('parsePayInput', () => {
  it('accepts lakh amounts, blank meaning no minimum', () => {
    expect(parsePayInput('15')).toEqual({ ok: true, lakh: 15 })
    expect(parsePayInput(' 12.55 ')).toEqual({ ok: true, lakh: 12.6 })
    expect(parsePayInput('')).toEqual({ ok: true, lakh: undefined })
  })

  it.each([
    ['abc', 'Enter an amount in lakh, like 15 or 12.5.'],
    ['-4', 'Enter an amount in lakh, like 15 or 12.5.'],
    ['0', 'Enter an amount above zero.'],
    ['10000', 'Enter at most 1000 lakh.'],
  ])('explains why %j cannot be used', (text, message) => {
    expect(parsePayInput(text)).toEqual({ ok: false, message })
  })
})
