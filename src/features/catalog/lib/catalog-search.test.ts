import { describe, expect, it } from 'vitest'
import { parseCatalogSearch } from './catalog-search'

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
