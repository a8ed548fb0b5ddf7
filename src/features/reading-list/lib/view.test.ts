import { describe, expect, it } from 'vitest'
import { allCareers } from '@/content/all-careers'
import {
  FLUENT_PYTHON,
  NO_LONGER_LISTED,
  PYDATA_INDIA,
  REAL_PYTHON,
  savedBookmark,
  toRecord,
} from '@/testing/reading-list-fixtures'
import { readingListProgress, readingListRows } from './view'

const careers = allCareers
const bookmarks = toRecord(
  savedBookmark(FLUENT_PYTHON, { status: 'done', savedAt: '2026-11-01T00:00:00.000Z' }),
  savedBookmark(PYDATA_INDIA, { status: 'reading', savedAt: '2026-11-03T00:00:00.000Z' }),
  savedBookmark(REAL_PYTHON, { savedAt: '2026-11-02T00:00:00.000Z' }),
  savedBookmark(NO_LONGER_LISTED, { savedAt: '2026-11-02T00:00:00.000Z' }),
)
const titles = (search: Parameters<typeof readingListRows>[2]) =>
  readingListRows(bookmarks, careers, search).map((row) => row.item.title)

describe('readingListRows', () => {
  it('shows everything, newest first, by default (ties in a stable order)', () => {
    expect(titles({})).toEqual([
      'PyData India',
      'A book the page has since dropped',
      'Real Python',
      'Fluent Python (2nd Edition)',
    ])
  })

  it('filters by kind and by status', () => {
    expect(titles({ kind: 'community' })).toEqual(['PyData India'])
    expect(titles({ status: 'saved' })).toEqual(['A book the page has since dropped', 'Real Python'])
    expect(titles({ kind: 'resource', status: 'done' })).toEqual(['Fluent Python (2nd Edition)'])
  })

  it('sorts by title and by kind', () => {
    expect(titles({ sort: 'title' })).toEqual([
      'A book the page has since dropped',
      'Fluent Python (2nd Edition)',
      'PyData India',
      'Real Python',
    ])
    // Book, Community, Resource (no longer listed, so only its broad kind is known), Web.
    expect(titles({ sort: 'kind' })).toEqual([
      'Fluent Python (2nd Edition)',
      'PyData India',
      'A book the page has since dropped',
      'Real Python',
    ])
  })
})

describe('readingListProgress', () => {
  it('counts done items over the whole list', () => {
    expect(readingListProgress(bookmarks)).toEqual({ done: 1, total: 4 })
    expect(readingListProgress({})).toEqual({ done: 0, total: 0 })
  })
})
