import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeVerdict, offerVerdict } from './verdict'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')

describe('offerVerdict', () => {
  it('places an offer below, within (with how far up) or above a range', () => {
    expect(offerVerdict(15, 12, 22)).toEqual({ kind: 'within', percent: 30 })
    expect(offerVerdict(15, 10, 17)).toEqual({ kind: 'within', percent: 71 })
    expect(offerVerdict(15, 20, 45)).toEqual({ kind: 'below', gap: 5 })
    expect(offerVerdict(25, 12, 22)).toEqual({ kind: 'above', gap: 3 })
  })

  it('counts both ends as within: 0% at the bottom, 100% at the top', () => {
    expect(offerVerdict(12, 12, 22)).toEqual({ kind: 'within', percent: 0 })
    expect(offerVerdict(22, 12, 22)).toEqual({ kind: 'within', percent: 100 })
  })

  it('handles a range that is a single figure', () => {
    expect(offerVerdict(15, 15, 15)).toEqual({ kind: 'within', percent: null })
    expect(offerVerdict(14, 15, 15)).toEqual({ kind: 'below', gap: 1 })
    expect(offerVerdict(16, 15, 15)).toEqual({ kind: 'above', gap: 1 })
  })

  it('is above for a huge offer and below for zero', () => {
    expect(offerVerdict(1e12, 12, 22)).toEqual({ kind: 'above', gap: 1e12 - 22 })
    expect(offerVerdict(0, 12, 22)).toEqual({ kind: 'below', gap: 12 })
  })

  it('gives no verdict for NaN or infinite input', () => {
    expect(offerVerdict(NaN, 12, 22)).toBeNull()
    expect(offerVerdict(Infinity, 12, 22)).toBeNull()
    expect(offerVerdict(15, NaN, 22)).toBeNull()
  })

  it('always gives a percentage from 0 to 100 for offers within', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (offer, a, b) => {
          const verdict = offerVerdict(offer, a, b)!
          if (verdict.kind === 'within' && verdict.percent !== null) {
            expect(verdict.percent).toBeGreaterThanOrEqual(0)
            expect(verdict.percent).toBeLessThanOrEqual(100)
          } else if (verdict.kind !== 'within') {
            expect(verdict.gap).toBeGreaterThan(0)
          }
        },
      ),
    )
  })
})

describe('describeVerdict', () => {
  it('says where the offer sits in words, in the chosen unit', () => {
    expect(describeVerdict({ kind: 'within', percent: 30 }, 'year')).toBe('Within, 30% of the way up')
    expect(describeVerdict({ kind: 'within', percent: null }, 'year')).toBe(
      'Within: it is the one figure given',
    )
    expect(plain(describeVerdict({ kind: 'below', gap: 5 }, 'year'))).toBe('Below, by ₹5 L')
    expect(plain(describeVerdict({ kind: 'above', gap: 15 - 12.755 }, 'year'))).toBe('Above, by ₹2.245 L')
    expect(describeVerdict({ kind: 'below', gap: 41_667 }, 'month')).toBe('Below, by ₹41,667')
  })
})
