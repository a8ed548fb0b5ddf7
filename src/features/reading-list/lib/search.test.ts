import { describe, expect, it } from 'vitest'
import { readingListSearch } from './search'

// The address can hold anything: the raw values are not yet typed.
const parseReadingListSearch = (raw: Record<string, unknown>) =>
  readingListSearch.validateSearch(raw as Parameters<typeof readingListSearch.validateSearch>[0])

describe('readingListSearch', () => {
  it('reads a shared link', () => {
    expect(parseReadingListSearch({ kind: 'resource', status: 'reading', sort: 'title' })).toEqual({
      kind: 'resource',
      status: 'reading',
      sort: 'title',
    })
  })

  it('drops unknown or hostile values, leaving the defaults', () => {
    expect(parseReadingListSearch({ kind: '<img>', status: ['done'], sort: 42 })).toEqual({
      kind: undefined,
      status: undefined,
      sort: undefined,
    })
  })
})
