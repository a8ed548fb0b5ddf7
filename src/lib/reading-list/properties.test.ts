// Property-based tests (fast-check): round trips and the validating merge hold for any input, not just examples.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { allCareers } from '@/content/all-careers'
import { FakeStorage, fakeTab } from '@/testing/fake-storage'
import {
  BOOKMARK_KINDS,
  BOOKMARK_STATUSES,
  NOTE_MAX_LENGTH,
  READING_LIST_STORAGE_KEY,
  READING_LIST_VERSION,
  bookmarkData,
  bookmarkKey,
  type Bookmark,
  type Bookmarks,
  type ReadingListData,
} from './model'
import { mergeReadingLists } from './merge-lists'
import { sanitizeReadingList } from './validate'
import { createReadingListStore, type ReadingListStore } from './store'
import { mergeImported, parseImport, toBookmarks, toExportJson } from './transfer'

const careers = allCareers
const python = careers[0]!

/** Ids: mostly real content ids (so the list is listed), sometimes any kebab-case id (no longer listed). */
const contentId = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/)
const itemRef = fc.oneof(
  fc.constantFrom(
    ...python.resources.map((r) => ({ careerId: python.id, kind: 'resource' as const, itemId: r.id })),
  ),
  fc.constantFrom(
    ...python.communities.map((c) => ({ careerId: python.id, kind: 'community' as const, itemId: c.id })),
  ),
  fc.record({ careerId: contentId, kind: fc.constantFrom(...BOOKMARK_KINDS), itemId: contentId }),
)

const isoDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString())

const bookmarkArb: fc.Arbitrary<Bookmark> = fc
  .record({
    ref: itemRef,
    title: fc
      .string({ unit: 'binary', minLength: 1, maxLength: 80 })
      .map((title) => title.trim())
      .filter((title) => title.length > 0),
    status: fc.constantFrom(...BOOKMARK_STATUSES),
    note: fc
      .string({ unit: 'binary', maxLength: NOTE_MAX_LENGTH })
      .filter((n) => n.length <= NOTE_MAX_LENGTH),
    savedAt: isoDate,
    updatedAt: isoDate,
  })
  .map(({ ref, ...rest }) => ({ ...ref, ...rest }))

/** Any valid version-1 bookmarks. */
const bookmarksArb: fc.Arbitrary<Bookmarks> = fc
  .uniqueArray(bookmarkArb, { selector: bookmarkKey, maxLength: 25 })
  .map(toBookmarks)

/** Any valid version-1 state: bookmarks, and removal records for other items. */
const stateArb: fc.Arbitrary<ReadingListData> = fc
  .record({
    bookmarks: bookmarksArb,
    removedRefs: fc.array(fc.record({ ref: itemRef, at: isoDate }), { maxLength: 8 }),
  })
  .map(({ bookmarks, removedRefs }) => ({
    bookmarks,
    removed: Object.fromEntries(
      removedRefs.map(({ ref, at }) => [bookmarkKey(ref), at]).filter(([key]) => !(key! in bookmarks)),
    ) as Record<string, string>,
  }))

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** What a valid list is, written out independently of the schema under test. */
function expectValid(bookmarks: Bookmarks) {
  for (const [key, b] of Object.entries(bookmarks)) {
    expect(Object.keys(b).sort()).toEqual([
      'careerId',
      'itemId',
      'kind',
      'note',
      'savedAt',
      'status',
      'title',
      'updatedAt',
    ])
    expect(key).toBe(`${b.careerId}/${b.kind}/${b.itemId}`)
    expect(b.careerId).toMatch(ID)
    expect(b.itemId).toMatch(ID)
    expect(BOOKMARK_KINDS).toContain(b.kind)
    expect(BOOKMARK_STATUSES).toContain(b.status)
    expect(typeof b.title === 'string' && b.title === b.title.trim() && b.title.length > 0).toBe(true)
    expect(typeof b.note === 'string' && b.note.length <= NOTE_MAX_LENGTH).toBe(true)
    expect(new Date(b.savedAt).toISOString()).toBe(b.savedAt)
    expect(new Date(b.updatedAt).toISOString()).toBe(b.updatedAt)
  }
  // And the validating merge leaves a valid list exactly as it is.
  expect(sanitizeReadingList({ bookmarks })).toEqual({
    bookmarks,
    removed: {},
    dropped: 0,
    repaired: 0,
    shapeOk: true,
  })
}

const open: ReadingListStore[] = []
afterEach(() => {
  for (const store of open.splice(0)) store.persistence.disconnect()
})
function loadStored(raw: string): ReadingListData {
  const storage = new FakeStorage({ [READING_LIST_STORAGE_KEY]: raw })
  const store = createReadingListStore({ getStorage: () => storage, target: fakeTab() })
  open.push(store)
  const { bookmarks, removed } = store.getState()
  return { bookmarks, removed }
}

describe('properties', () => {
  it('export → import is the identity (replacing, and merging into an empty list)', () => {
    fc.assert(
      fc.property(bookmarksArb, (bookmarks) => {
        // Into the same browser: items that have left the content were on the reader's own list.
        const own = { bookmarks, removed: {} }
        const result = parseImport(toExportJson(bookmarks, careers, new Date()), careers, own)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        // What the person sees comes back exactly; when each entry last changed is bookkeeping, not exported.
        const seen = toBookmarks(Object.values(bookmarks).map(bookmarkData))
        expect(toBookmarks(result.bookmarks)).toEqual(seen)
        expect(mergeImported({}, result.bookmarks).bookmarks).toEqual(seen)
      }),
    )
  })

  it('merging any JSON value yields a valid state', () => {
    // Values shaped like the stored data, with any JSON in the places entries go, and any JSON at all. Field values
    // include the edges: too long, blank, dates that parse but are not canonical, numbers where text goes.
    const edgeValue = fc.oneof(
      fc.jsonValue(),
      fc.string({ minLength: 490, maxLength: 1100 }),
      fc.constantFrom('', '   ', 'saved ', 'Resource', '2026-01-01', 'yesterday', -1, 1e20, null),
    )
    const entry = fc.oneof(
      bookmarkArb,
      bookmarkArb.chain((b) =>
        fc
          .record({ field: fc.constantFrom(...Object.keys(b)), value: edgeValue })
          .map(({ field, value }) => ({
            ...b,
            [field]: value,
          })),
      ),
      fc.jsonValue(),
    )
    const anyValue = fc.oneof(
      fc.jsonValue(),
      fc.record({ bookmarks: fc.oneof(fc.dictionary(fc.string(), entry), fc.array(entry), fc.jsonValue()) }),
    )
    fc.assert(
      fc.property(anyValue, (value) => {
        expectValid(sanitizeReadingList(value).bookmarks)
        expectValid(loadStored(JSON.stringify({ state: value, version: READING_LIST_VERSION })).bookmarks)
      }),
    )
  })

  it('any stored text, however broken, loads as a valid state', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (raw) => expectValid(loadStored(raw).bookmarks)))
  })

  it('migrating any valid version-1 state keeps every bookmark', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(loadStored(JSON.stringify({ state, version: 1 }))).toEqual(state)
      }),
    )
  })

  it('merging two tabs’ lists is order-free and settles: commutative, associative, idempotent', () => {
    // Copies of the same items with different changes, so that merges have conflicts to decide.
    const copies = fc.tuple(stateArb, stateArb, stateArb)
    fc.assert(
      fc.property(copies, ([a, b, c]) => {
        expect(mergeReadingLists(a, b)).toEqual(mergeReadingLists(b, a))
        expect(mergeReadingLists(mergeReadingLists(a, b), c)).toEqual(
          mergeReadingLists(a, mergeReadingLists(b, c)),
        )
        expect(mergeReadingLists(a, a)).toEqual(a)
        const ab = mergeReadingLists(a, b)
        expect(mergeReadingLists(ab, b)).toEqual(ab)
        // Nothing is lost: every item either side has is in the result, or removed later than that side's copy.
        for (const side of [a, b])
          for (const [key, bookmark] of Object.entries(side.bookmarks)) {
            const kept = ab.bookmarks[key]
            const removedAt = ab.removed[key]
            expect(kept ? kept.updatedAt >= bookmark.updatedAt : removedAt! >= bookmark.updatedAt).toBe(true)
          }
      }),
    )
  })
})
