import { describe, expect, it } from 'vitest'
import { catalogSearch } from './search'

// The address can hold anything: the raw values are not yet typed.
const parseCatalogSearch = (raw: Record<string, unknown>) =>
  catalogSearch.validateSearch(raw as Parameters<typeof catalogSearch.validateSearch>[0])

describe('catalogSearch', () => {
  it('reads a shared link', () => {
    expect(parseCatalogSearch({ q: 'python', place: 'pune', minPay: 15 })).toEqual({
      q: 'python',
      place: 'pune',
      minPay: 15,
    })
  })

  it('keeps a minimum pay as typed, to the rupee: 17.01 is not 17', () => {
    expect(parseCatalogSearch({ minPay: 17.01 }).minPay).toBe(17.01)
    expect(parseCatalogSearch({ minPay: '17.015' }).minPay).toBe(17.015)
  })

  it('drops hostile or malformed values', () => {
    expect(parseCatalogSearch({ place: '<script>', minPay: -3, q: { a: 1 }, page: 1.5 })).toEqual({
      q: undefined,
      place: undefined,
      minPay: undefined,
      page: undefined,
    })
  })
})
