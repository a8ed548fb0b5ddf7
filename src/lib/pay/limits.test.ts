import { describe, expect, it } from 'vitest'
import { OFFER_LIMITS, offerProblem, roundOffer } from './limits'
import { readPay } from './reader'

describe('offerProblem', () => {
  it('names the problem with a number, or none', () => {
    expect(offerProblem(15, 'year')).toBeNull()
    expect(offerProblem(-1, 'year')).toBe('negative')
    expect(offerProblem(0, 'month')).toBe('zero')
    expect(offerProblem(10_000, 'year')).toBe('too-large')
    expect(offerProblem(500, 'month')).toBe('too-small')
    expect(offerProblem(Infinity, 'year')).toBe('not-a-number')
  })

  it('keeps a month to the rupee at the top: ₹5 crore a year is ₹41,66,667 a month', () => {
    expect(offerProblem(4_166_667, 'month')).toBeNull()
    expect(offerProblem(4_166_668, 'month')).toBe('too-large')
    expect(offerProblem(0.5, 'inhand')).toBe('too-small')
    expect(offerProblem(1, 'inhand')).toBeNull()
  })

  it('agrees with the offer box: an amount the address keeps is one the box reads, and the other way round', () => {
    for (const [view, unit] of [
      ['year', 'year'],
      ['month', 'month'],
      ['inhand', 'year'],
    ] as const) {
      const limits = OFFER_LIMITS[view]
      for (const amount of [0.11, 0.12, 0.5, 1, 15, 500, 500.01, 999, 1000, 4_166_667, 4_166_668]) {
        const typed = unit === 'month' ? `${amount} a month` : `${amount} L`
        const reading = readPay(typed, { unit, limits })
        const fromAddress = offerProblem(roundOffer(amount, view), view)
        expect({ view, amount, valid: reading.status === 'valid' }).toEqual({
          view,
          amount,
          valid: fromAddress === null,
        })
      }
    }
  })
})
