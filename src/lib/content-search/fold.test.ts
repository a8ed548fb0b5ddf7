import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fold, matchRanges, matchesAll, queryTokens } from './fold'

const highlighted = (text: string, query: string) =>
  matchRanges(text, queryTokens(query)).map(([start, end]) => text.slice(start, end))

describe('fold', () => {
  it('ignores case, accents and punctuation', () => {
    expect(fold('Sebastián Ramírez')).toBe('sebastian ramirez')
    expect(fold('select_related')).toBe('select related')
    expect(fold('PyCon India + ChennaiPy')).toBe('pycon india   chennaipy')
  })

  it('keeps the same length for plain text, so positions line up', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ 019,.-_/é') }), (text) => {
        expect(fold(text).length).toBe(text.normalize('NFC').length)
      }),
    )
  })
})

describe('queryTokens', () => {
  it('splits a query into folded words and drops punctuation-only input', () => {
    expect(queryTokens('  Fluent,  PYTHON! ')).toEqual(['fluent', 'python'])
    expect(queryTokens('?!— ')).toEqual([])
  })
})

describe('matchesAll', () => {
  it('needs every word somewhere in the text, in any order', () => {
    const text = fold('Fluent Python (2nd Edition)')
    expect(matchesAll(text, queryTokens('python fluent'))).toBe(true)
    expect(matchesAll(text, queryTokens('fluent django'))).toBe(false)
    expect(matchesAll(text, [])).toBe(true)
  })
})

describe('matchRanges', () => {
  it('finds matches in the original text, accents and case kept', () => {
    expect(highlighted('Talks by Sebastián Ramírez', 'sebastian')).toEqual(['Sebastián'])
    expect(highlighted('Fluent Python', 'PYTHON')).toEqual(['Python'])
  })

  it('merges overlapping matches and returns them in order', () => {
    // "py" and "pyt" overlap at the start of both words.
    expect(matchRanges('pytest and python', ['py', 'pyt'])).toEqual([
      [0, 3],
      [11, 14],
    ])
  })

  it('marks only the starts of words when asked to', () => {
    expect(matchRanges('Django and Go', ['go'], true)).toEqual([[11, 13]])
    expect(matchRanges('Django and Go', ['go'])).toEqual([
      [4, 6],
      [11, 13],
    ])
  })

  it('handles characters outside the basic plane', () => {
    const text = '⚠️ 𝔘nicode and python'
    expect(highlighted(text, 'python')).toEqual(['python'])
  })

  it('every range lies inside the text and folds to text containing a query word', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 4 }), (text, query) => {
        const tokens = queryTokens(query)
        for (const [start, end] of matchRanges(text, tokens)) {
          expect(start).toBeGreaterThanOrEqual(0)
          expect(end).toBeLessThanOrEqual(text.length)
          expect(start).toBeLessThan(end)
          const piece = fold(text.slice(start, end))
          expect(tokens.some((t) => piece.includes(t) || t.includes(piece.trim()))).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })
})
