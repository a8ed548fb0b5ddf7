import { describe, expect, it } from 'vitest'
import { parseReadingListSearch } from './search'

describe('parseReadingListSearch', () => {
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
