import { describe, expect, it } from 'vitest'
import {
  FLUENT_PYTHON,
  PYDATA_INDIA,
  REAL_PYTHON,
  savedBookmark,
  toRecord,
} from '@/testing/reading-list-fixtures'
import { mergeReadingLists, sameReadingList } from './merge-lists'
import { bookmarkKey } from './model'

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`
const fluent = savedBookmark(FLUENT_PYTHON, { updatedAt: at(1) })
const pydata = savedBookmark(PYDATA_INDIA, { updatedAt: at(2) })
const real = savedBookmark(REAL_PYTHON, { updatedAt: at(3) })

describe('mergeReadingLists', () => {
  it('keeps the items of both', () => {
    const merged = mergeReadingLists(
      { bookmarks: toRecord(fluent), removed: {} },
      { bookmarks: toRecord(pydata), removed: {} },
    )
    expect(merged).toEqual({ bookmarks: toRecord(fluent, pydata), removed: {} })
  })

  it('per item, the later change wins, a removal included', () => {
    const edited = { ...fluent, note: 'later', updatedAt: at(5) }
    const local = { bookmarks: toRecord(edited, real), removed: {} }
    const incoming = { bookmarks: toRecord(fluent), removed: { [bookmarkKey(real)]: at(4) } }
    expect(mergeReadingLists(local, incoming)).toEqual({
      bookmarks: toRecord(edited),
      removed: { [bookmarkKey(real)]: at(4) },
    })
  })

  it('an item saved again after its removal comes back', () => {
    const local = { bookmarks: {}, removed: { [bookmarkKey(real)]: at(1) } }
    expect(mergeReadingLists(local, { bookmarks: toRecord(real), removed: {} })).toEqual({
      bookmarks: toRecord(real),
      removed: {},
    })
  })

  it('at the same instant, keeping the bookmark beats removing it', () => {
    const local = { bookmarks: {}, removed: { [bookmarkKey(real)]: real.updatedAt } }
    expect(mergeReadingLists(local, { bookmarks: toRecord(real), removed: {} }).bookmarks).toEqual(
      toRecord(real),
    )
  })

  it('returns this tab’s own objects when nothing changes, so nothing re-renders', () => {
    const local = { bookmarks: toRecord(fluent, pydata), removed: { [bookmarkKey(real)]: at(9) } }
    const copy = JSON.parse(JSON.stringify(local)) as typeof local
    const merged = mergeReadingLists(local, copy)
    expect(merged.bookmarks).toBe(local.bookmarks)
    expect(merged.removed).toBe(local.removed)
    expect(sameReadingList(merged, copy)).toBe(false) // equal values, but not the same objects
    expect(sameReadingList(merged, local)).toBe(true)
  })
})
