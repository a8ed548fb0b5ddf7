import { describe, expect, it } from 'vitest'
import { FLUENT_PYTHON, savedBookmark } from '@/testing/reading-list-fixtures'
import { bookmarkKey } from './model'
import { EPOCH_ISO, sanitizeReadingList } from './validate'

const valid = savedBookmark(FLUENT_PYTHON, { status: 'reading', note: 'ch. 2' })
const key = bookmarkKey(valid)

describe('sanitizeReadingList', () => {
  it('keeps a valid list as it is', () => {
    const removed = { 'python-developer/community/pydata-india': '2026-11-21T00:00:00.000Z' }
    expect(sanitizeReadingList({ bookmarks: { [key]: valid }, removed })).toEqual({
      bookmarks: { [key]: valid },
      removed,
      dropped: 0,
      repaired: 0,
      shapeOk: true,
    })
  })

  it('reads nothing from values that are not a list', () => {
    for (const value of [null, [], 'x', 3, {}, { bookmarks: 'x' }]) {
      expect(sanitizeReadingList(value)).toMatchObject({ bookmarks: {}, shapeOk: false })
    }
  })

  it('drops entries without a valid identity and counts them', () => {
    const result = sanitizeReadingList({
      bookmarks: {
        a: valid,
        b: { ...valid, itemId: 'Not An Id' },
        c: { ...valid, kind: 'podcast' },
        d: null,
      },
    })
    expect(result.bookmarks).toEqual({ [key]: valid })
    expect(result.dropped).toBe(3)
  })

  it('repairs other fields instead of dropping the bookmark', () => {
    const result = sanitizeReadingList({
      bookmarks: [
        { ...valid, status: 'finished', note: 'n'.repeat(501), title: '  ', savedAt: '2026-11-20' },
      ],
    })
    expect(result.bookmarks[key]).toEqual({
      ...valid,
      status: 'saved',
      note: 'n'.repeat(500),
      title: 'fluent-python',
      savedAt: '2026-11-20T00:00:00.000Z',
    })
    expect(result.repaired).toBe(4)
    expect(
      sanitizeReadingList({ bookmarks: [{ ...valid, savedAt: 'yesterday' }] }).bookmarks[key]?.savedAt,
    ).toBe(EPOCH_ISO)
  })

  it('rebuilds keys from the entries, so a stored key cannot point a bookmark elsewhere', () => {
    // JSON.parse makes "__proto__" an own key, as stored data would.
    const stored = JSON.parse(
      `{"bookmarks":{"__proto__":${JSON.stringify(valid)},"python-developer/resource/x":${JSON.stringify(valid)}}}`,
    ) as unknown
    const result = sanitizeReadingList(stored)
    expect(Object.keys(result.bookmarks)).toEqual([key])
    expect(result.dropped).toBe(1)
  })

  it('takes an entry equal to a known one as that object, and validates any that differ', () => {
    const known = { [key]: valid }
    const stored = JSON.parse(JSON.stringify({ bookmarks: { [key]: valid } })) as unknown
    expect(sanitizeReadingList(stored, known).bookmarks[key]).toBe(valid)
    const changed = sanitizeReadingList({ bookmarks: [{ ...valid, status: 'finished' }] }, known)
    expect(changed.bookmarks[key]).toEqual({ ...valid, status: 'saved' })
    expect(changed.repaired).toBe(1)
  })

  it('leaves out removal records it cannot read, counting them as repairs', () => {
    const result = sanitizeReadingList({
      bookmarks: {},
      removed: { 'python-developer/resource/x': 'yesterday', 'not a key': '2026-11-21T00:00:00.000Z' },
    })
    expect(result).toMatchObject({ removed: {}, repaired: 2, shapeOk: true })
    expect(sanitizeReadingList({ bookmarks: {} }).removed).toEqual({})
  })
})
