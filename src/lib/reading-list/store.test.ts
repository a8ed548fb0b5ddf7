// The store with a fake storage: saving, batching, reloads, and every storage fault the issue lists.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeStorage, fakeTab, quotaExceeded, sendStorageEvent } from '@/testing/fake-storage'
import {
  FLUENT_PYTHON,
  NO_LONGER_LISTED,
  PYDATA_INDIA,
  REAL_PYTHON,
  savedBookmark,
  toRecord,
} from '@/testing/reading-list-fixtures'
import {
  READING_LIST_BACKUP_KEY as BACKUP_KEY,
  READING_LIST_STORAGE_KEY as KEY,
  REMOVED_MAX,
  bookmarkKey,
  type Bookmark,
} from './model'
import { createReadingListStore, type ReadingListStore, type ReadingListStoreOptions } from './store'

const fluent = FLUENT_PYTHON
const pydata = PYDATA_INDIA
const realPython = REAL_PYTHON
/** The fixtures' date saved, and the store's clock in these tests. */
const SAVED_AT = savedBookmark(fluent).savedAt
const bookmark = savedBookmark

const storedValue = (...bookmarks: Bookmark[]) =>
  JSON.stringify({ state: { bookmarks: toRecord(...bookmarks), removed: {} }, version: 1 })

const open: ReadingListStore[] = []
afterEach(() => {
  for (const store of open.splice(0)) store.persistence.disconnect()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function openTab(storage: FakeStorage, options: ReadingListStoreOptions = {}) {
  const target = fakeTab()
  const store = createReadingListStore({
    getStorage: () => storage,
    target,
    writeDelayMs: 100,
    now: () => new Date(SAVED_AT),
    ...options,
  })
  open.push(store)
  return { store, target }
}

const keysOf = (store: ReadingListStore) => Object.keys(store.getState().bookmarks).sort()
const storedKeys = (storage: FakeStorage) =>
  Object.keys((JSON.parse(storage.getItem(KEY)!) as { state: { bookmarks: object } }).state.bookmarks).sort()

describe('reading-list store', () => {
  it('saves and unsaves an item, storing only the data under one versioned key', () => {
    const storage = new FakeStorage()
    const { store } = openTab(storage)
    store.getState().toggle(fluent)
    expect(store.getState().bookmarks[bookmarkKey(fluent)]).toEqual(bookmark(fluent))
    store.persistence.flush()
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({
      state: { bookmarks: { 'python-developer/resource/fluent-python': bookmark(fluent) }, removed: {} },
      version: 1,
    })
    store.getState().toggle(fluent)
    store.persistence.flush()
    // The removal is recorded (a millisecond after the save), so another tab that still has the item drops it.
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({
      state: {
        bookmarks: {},
        removed: { 'python-developer/resource/fluent-python': '2026-11-20T10:00:00.001Z' },
      },
      version: 1,
    })
  })

  it('sets status and note, cutting notes at 500 characters', () => {
    const { store } = openTab(new FakeStorage())
    const key = bookmarkKey(fluent)
    store.getState().toggle(fluent)
    store.getState().setStatus(key, 'reading')
    store.getState().setNote(key, 'x'.repeat(600))
    expect(store.getState().bookmarks[key]).toMatchObject({ status: 'reading', note: 'x'.repeat(500) })
  })

  it('remove and restore put a bookmark back as it was, as a change later than the removal', () => {
    const { store } = openTab(new FakeStorage())
    const key = bookmarkKey(fluent)
    store.getState().toggle(fluent)
    store.getState().setNote(key, 'chapter 3')
    const before = store.getState().bookmarks[key]!
    store.getState().remove(key)
    expect(store.getState().bookmarks).toEqual({})
    const removedAt = store.getState().removed[key]!
    expect(removedAt > before.updatedAt).toBe(true)

    store.getState().restore([before])
    const restored = store.getState().bookmarks[key]!
    expect(restored).toEqual({ ...before, updatedAt: restored.updatedAt })
    expect(restored.updatedAt > removedAt).toBe(true)
    expect(store.getState().removed).toEqual({})
  })

  it('stamps a change later than the one it replaces, even one from a tab whose clock ran ahead', () => {
    const ahead = bookmark(fluent, { updatedAt: '2030-01-01T00:00:00.000Z' })
    const { store } = openTab(new FakeStorage({ [KEY]: storedValue(ahead) }))
    store.getState().setStatus(bookmarkKey(fluent), 'done')
    expect(store.getState().bookmarks[bookmarkKey(fluent)]?.updatedAt).toBe('2030-01-01T00:00:00.001Z')
  })

  it('a new page load finds what the last one stored', () => {
    const storage = new FakeStorage()
    const first = openTab(storage).store
    first.getState().toggle(fluent)
    first.getState().toggle(pydata)
    first.persistence.flush()
    expect(keysOf(openTab(storage).store)).toEqual([bookmarkKey(pydata), bookmarkKey(fluent)].sort())
  })

  it('keeps a bookmark whose item is unknown to the content (it is shown as no longer listed, never dropped)', () => {
    const gone = bookmark(NO_LONGER_LISTED)
    const storage = new FakeStorage({ [KEY]: storedValue(gone) })
    expect(openTab(storage).store.getState().bookmarks).toEqual({ [bookmarkKey(gone)]: gone })
  })

  it('batches writes: typing a note writes once, after the delay, not per keystroke', () => {
    vi.useFakeTimers()
    const storage = new FakeStorage()
    const { store } = openTab(storage)
    store.getState().toggle(fluent)
    for (const text of ['R', 'Re', 'Rea', 'Read', 'Read ch', 'Read ch. 3'])
      store.getState().setNote(bookmarkKey(fluent), text)
    expect(storage.writes).toHaveLength(0)
    vi.advanceTimersByTime(100)
    expect(storage.writes).toHaveLength(1)
    expect(storage.getItem(KEY)).toContain('Read ch. 3')
  })

  it('writes pending changes at once when the page is hidden or left', () => {
    vi.useFakeTimers()
    const storage = new FakeStorage()
    const { store, target } = openTab(storage)
    store.getState().toggle(fluent)
    target.dispatchEvent(new Event('pagehide'))
    expect(storedKeys(storage)).toEqual([bookmarkKey(fluent)])

    store.getState().toggle(pydata)
    Object.assign(target.document, { visibilityState: 'hidden' })
    target.document.dispatchEvent(new Event('visibilitychange'))
    expect(storedKeys(storage)).toHaveLength(2)
  })
})

describe('storage faults', () => {
  it('storage unavailable (the localStorage getter throws): works in memory and says saving is off', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    // No fake: the store reaches for window.localStorage itself.
    const { store } = openTab(new FakeStorage(), { getStorage: undefined })
    expect(store.persistence.useStatus.getState().saving).toBe('unavailable')
    store.getState().toggle(fluent)
    store.persistence.flush()
    expect(keysOf(store)).toEqual([bookmarkKey(fluent)])
  })

  it('storage that throws on reading (the real getter does, via browserLocalStorage) is unavailable', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => undefined,
    }
    const { store } = openTab(new FakeStorage(), { getStorage: () => throwing })
    store.getState().toggle(fluent)
    expect(store.persistence.useStatus.getState().saving).toBe('unavailable')
    expect(keysOf(store)).toEqual([bookmarkKey(fluent)])
  })

  it('QuotaExceededError: keeps the list in memory, says so, and retries on the next change', () => {
    const storage = new FakeStorage()
    const { store } = openTab(storage)
    storage.failWritesWith = quotaExceeded()
    store.getState().toggle(fluent)
    store.persistence.flush()
    expect(store.persistence.useStatus.getState().saving).toBe('full')
    expect(keysOf(store)).toEqual([bookmarkKey(fluent)])

    storage.failWritesWith = null
    store.getState().toggle(pydata)
    store.persistence.flush()
    expect(store.persistence.useStatus.getState().saving).toBe('on')
    expect(storedKeys(storage)).toEqual([bookmarkKey(pydata), bookmarkKey(fluent)].sort())
  })

  const valid = bookmark(fluent, { status: 'reading', note: 'ch. 2' })
  const CORRUPT: { name: string; raw: string; reason: string; recovered: Bookmark[] }[] = [
    { name: 'not JSON', raw: '{', reason: 'not-json', recovered: [] },
    { name: 'JSON null', raw: 'null', reason: 'wrong-shape', recovered: [] },
    { name: 'an array', raw: '[]', reason: 'wrong-shape', recovered: [] },
    {
      name: 'the state is a string',
      raw: '{"state":"lots","version":1}',
      reason: 'wrong-shape',
      recovered: [],
    },
    {
      name: 'wrong types in some entries',
      raw: JSON.stringify({
        state: { bookmarks: { a: valid, b: { careerId: 5, kind: 'resource', itemId: 'x' }, c: 'nope' } },
        version: 1,
      }),
      reason: 'invalid-entries',
      recovered: [valid],
    },
    {
      name: 'a field of the wrong type (repaired, the bookmark kept)',
      raw: JSON.stringify({ state: { bookmarks: { a: { ...valid, status: 42 } } }, version: 1 }),
      reason: 'invalid-entries',
      recovered: [{ ...valid, status: 'saved' }],
    },
  ]

  for (const { name, raw, reason, recovered } of CORRUPT) {
    it(`corrupt data (${name}): backs the raw text up before any write, says so, and recovers what it can`, () => {
      const storage = new FakeStorage({ [KEY]: raw })
      const { store } = openTab(storage)
      const expected = Object.fromEntries(recovered.map((b) => [bookmarkKey(b), b]))
      expect(store.getState().bookmarks).toEqual(expected)
      expect(store.persistence.useStatus.getState().recovery).toMatchObject({
        raw,
        reason,
        recovered: recovered.length,
        backupKey: BACKUP_KEY,
      })
      expect(storage.writes[0]).toEqual([BACKUP_KEY, raw])

      // The recovered list replaces the damaged data, and saving works.
      store.persistence.flush()
      store.getState().toggle(pydata)
      store.persistence.flush()
      const reloaded = openTab(storage).store
      expect(reloaded.getState().bookmarks).toEqual({ ...expected, [bookmarkKey(pydata)]: bookmark(pydata) })
      expect(reloaded.persistence.useStatus.getState().recovery).toBeNull()
      expect(storage.getItem(BACKUP_KEY)).toBe(raw)
    })
  }

  it('never overwrites an earlier, different backup', () => {
    const storage = new FakeStorage({ [KEY]: '{', [BACKUP_KEY]: 'an older backup' })
    const { store } = openTab(storage)
    const { backupKey } = store.persistence.useStatus.getState().recovery!
    expect(backupKey).toMatch(/^career-explorer:reading-list:backup:\d+$/)
    expect(storage.getItem(backupKey!)).toBe('{')
    expect(storage.getItem(BACKUP_KEY)).toBe('an older backup')
  })

  it('when the backup cannot be written, holds every write until the person resumes saving', () => {
    const storage = new FakeStorage({ [KEY]: '{' })
    storage.failWritesWith = quotaExceeded()
    const { store } = openTab(storage)
    storage.failWritesWith = null
    expect(store.persistence.useStatus.getState()).toMatchObject({
      saving: 'held',
      recovery: { raw: '{', backupKey: null },
    })
    store.getState().toggle(fluent)
    store.persistence.flush()
    expect(storage.getItem(KEY)).toBe('{')

    store.persistence.resumeSaving()
    store.persistence.flush()
    expect(storedKeys(storage)).toEqual([bookmarkKey(fluent)])
  })
})

describe('tabs in sync', () => {
  it('a save in one tab appears in another when the other hears the storage event', () => {
    const storage = new FakeStorage()
    const a = openTab(storage)
    const b = openTab(storage)
    a.store.getState().toggle(fluent)
    a.store.persistence.flush()
    sendStorageEvent(b.target, KEY)
    expect(keysOf(b.store)).toEqual([bookmarkKey(fluent)])
  })

  it('two tabs changing different items keep both changes, removals included', () => {
    const storage = new FakeStorage({ [KEY]: storedValue(bookmark(realPython)) })
    // b's note on real-python happens before a removes it.
    const a = openTab(storage, { now: () => new Date('2026-11-20T10:05:00.000Z') })
    const b = openTab(storage, { now: () => new Date('2026-11-20T10:01:00.000Z') })
    // Both change something before either has written.
    a.store.getState().toggle(fluent)
    a.store.getState().remove(bookmarkKey(realPython))
    b.store.getState().toggle(pydata)
    b.store.getState().setNote(bookmarkKey(realPython), 'ignored: a removed it')

    b.store.persistence.flush()
    sendStorageEvent(a.target, KEY)
    // a took b's change in and still has its own unsaved ones (fluent added, real-python removed).
    expect(keysOf(a.store)).toEqual([bookmarkKey(pydata), bookmarkKey(fluent)].sort())

    a.store.persistence.flush()
    sendStorageEvent(b.target, KEY)
    // Different items: both kept. The same item: the later change wins (a's removal came after b's note).
    const both = [bookmarkKey(pydata), bookmarkKey(fluent)].sort()
    expect(storedKeys(storage)).toEqual(both)
    expect(keysOf(b.store)).toEqual(both)
  })

  it('a tab that writes without having heard the event still keeps the other tab’s change', () => {
    const storage = new FakeStorage()
    const a = openTab(storage)
    const b = openTab(storage)
    a.store.getState().toggle(fluent)
    b.store.getState().toggle(pydata)
    a.store.persistence.flush()
    b.store.persistence.flush() // the event has not reached b yet
    expect(storedKeys(storage)).toEqual([bookmarkKey(pydata), bookmarkKey(fluent)].sort())
    expect(keysOf(b.store)).toEqual([bookmarkKey(pydata), bookmarkKey(fluent)].sort())
  })
})

describe('damaged data and other open tabs', () => {
  const recoveryOf = (store: ReadingListStore) => store.persistence.useStatus.getState().recovery
  const pageshow = (target: Window, persisted: boolean) =>
    target.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }))

  /** Tab A holds two items; the stored copy is then damaged where no storage event reaches A (its own devtools). */
  function damagedWhileATabHoldsTheList() {
    const storage = new FakeStorage()
    const a = openTab(storage)
    a.store.getState().toggle(fluent)
    a.store.getState().toggle(pydata)
    a.store.persistence.flush()
    storage.data.set(KEY, '{')
    return { storage, a }
  }

  it('a tab that starts from damaged data, then hears another tab write its copy back, says the list came back', () => {
    const { storage, a } = damagedWhileATabHoldsTheList()
    const b = openTab(storage)
    expect(recoveryOf(b.store)).toMatchObject({ recovered: 0, heldByThisTab: 0, cameBack: 0 })
    // B replaces the damaged data with what it recovered (nothing); A hears that and writes its copy back.
    b.store.persistence.flush()
    sendStorageEvent(a.target, KEY)
    a.store.persistence.flush()
    sendStorageEvent(b.target, KEY)
    expect(keysOf(b.store)).toEqual([bookmarkKey(pydata), bookmarkKey(fluent)].sort())
    expect(recoveryOf(b.store)).toMatchObject({ recovered: 0, heldByThisTab: 0, cameBack: 2 })
  })

  it('an item first saved in another tab after the damage was found did not come back: it is new', () => {
    const { storage, a } = damagedWhileATabHoldsTheList()
    const b = openTab(storage)
    b.store.persistence.flush()
    const later = openTab(storage, { now: () => new Date('2026-11-20T11:00:00.000Z') })
    sendStorageEvent(a.target, KEY)
    a.store.persistence.flush()
    sendStorageEvent(later.target, KEY)
    later.store.getState().toggle(realPython)
    later.store.persistence.flush()
    sendStorageEvent(b.target, KEY)
    expect(keysOf(b.store)).toHaveLength(3)
    expect(recoveryOf(b.store)).toMatchObject({ cameBack: 2 })
  })

  it('a tab that finds the damage while it holds the list keeps it, says so, and writes it back', () => {
    const storage = new FakeStorage()
    const { store, target } = openTab(storage)
    store.getState().toggle(fluent)
    store.getState().toggle(pydata)
    store.persistence.flush()
    storage.data.set(KEY, '{')
    sendStorageEvent(target, KEY)
    expect(recoveryOf(store)).toMatchObject({ recovered: 0, heldByThisTab: 2, cameBack: 0 })
    store.persistence.flush()
    expect(storedKeys(storage)).toEqual([bookmarkKey(pydata), bookmarkKey(fluent)].sort())
  })

  it('entries read from the damaged data are counted apart from those only this tab still had', () => {
    const storage = new FakeStorage()
    const { store, target } = openTab(storage)
    store.getState().toggle(fluent)
    store.getState().toggle(pydata)
    store.persistence.flush()
    const damaged = JSON.stringify({
      state: { bookmarks: { a: bookmark(fluent), b: { careerId: 5 } }, removed: {} },
      version: 1,
    })
    storage.data.set(KEY, damaged)
    sendStorageEvent(target, KEY)
    expect(recoveryOf(store)).toMatchObject({ reason: 'invalid-entries', recovered: 1, heldByThisTab: 1 })
  })

  it('a page restored from the back/forward cache catches up with what was written while it was away', () => {
    const { storage, a } = damagedWhileATabHoldsTheList()
    const b = openTab(storage)
    b.store.persistence.flush()
    // B is in the back/forward cache: it hears nothing while A writes its copy back.
    sendStorageEvent(a.target, KEY)
    a.store.persistence.flush()
    pageshow(b.target, true)
    expect(keysOf(b.store)).toEqual([bookmarkKey(pydata), bookmarkKey(fluent)].sort())
    expect(recoveryOf(b.store)).toMatchObject({ cameBack: 2 })
  })

  it('a restored page whose stored list has not changed writes nothing', () => {
    const storage = new FakeStorage()
    const { store, target } = openTab(storage)
    store.getState().toggle(fluent)
    store.persistence.flush()
    const writes = storage.writes.length
    pageshow(target, true)
    pageshow(target, false)
    store.persistence.flush()
    expect(storage.writes).toHaveLength(writes)
  })
})

describe('a newer version of the app', () => {
  const newer = JSON.stringify({
    state: {
      bookmarks: { [bookmarkKey(fluent)]: { ...bookmark(fluent), priority: 'high' } },
      removed: {},
      shelves: ['later'],
    },
    version: 2,
  })

  it('found at start-up: this version never writes over it, however the list changes', () => {
    const storage = new FakeStorage({ [KEY]: newer })
    const { store, target } = openTab(storage)
    expect(store.persistence.useStatus.getState().saving).toBe('newer')
    store.getState().toggle(pydata)
    store.persistence.flush()
    target.dispatchEvent(new Event('pagehide'))
    store.persistence.resumeSaving()
    store.persistence.flush()
    expect(storage.getItem(KEY)).toBe(newer)
    expect(storage.writes).toEqual([])
  })

  it('written by another tab: this tab stops writing and says so', () => {
    const storage = new FakeStorage()
    const { store, target } = openTab(storage)
    store.getState().toggle(fluent)
    store.persistence.flush()
    storage.data.set(KEY, newer)
    sendStorageEvent(target, KEY)
    expect(store.persistence.useStatus.getState().saving).toBe('newer')
    store.getState().toggle(realPython)
    store.persistence.flush()
    expect(storage.getItem(KEY)).toBe(newer)
  })

  it('written by another tab between this tab’s change and its batched write: the write does not happen', () => {
    const storage = new FakeStorage()
    const { store } = openTab(storage)
    store.getState().toggle(fluent)
    // No storage event yet: the newer tab's write is only found when this tab is about to write.
    storage.data.set(KEY, newer)
    store.persistence.flush()
    expect(storage.getItem(KEY)).toBe(newer)
    expect(store.persistence.useStatus.getState().saving).toBe('newer')
  })
})

describe('removal records', () => {
  it('are capped at the newest REMOVED_MAX, however many items are cleared at once', () => {
    const storage = new FakeStorage()
    const { store } = openTab(storage)
    const many = Array.from({ length: 1000 }, (_, index) =>
      bookmark({ ...fluent, itemId: `item-${index}`, title: `Item ${index}` }),
    )
    store.getState().replace(toRecord(...many))
    store.getState().replace({})
    store.getState().toggle(pydata)
    store.getState().remove(bookmarkKey(pydata))
    store.persistence.flush()
    const stored = JSON.parse(storage.getItem(KEY)!) as { state: { removed: Record<string, string> } }
    expect(Object.keys(stored.state.removed)).toHaveLength(REMOVED_MAX)
    // The newest removal is among those kept.
    expect(stored.state.removed).toHaveProperty([bookmarkKey(pydata)])
  })

  it('stored in their thousands by an earlier version, are cut to the cap on loading', () => {
    const removed = Object.fromEntries(
      Array.from({ length: 7000 }, (_, index) => [`python-developer/resource/item-${index}`, SAVED_AT]),
    )
    const storage = new FakeStorage({
      [KEY]: JSON.stringify({ state: { bookmarks: {}, removed }, version: 1 }),
    })
    const { store } = openTab(storage)
    expect(Object.keys(store.getState().removed)).toHaveLength(REMOVED_MAX)
    expect(store.persistence.useStatus.getState().recovery).toBeNull()
  })
})
