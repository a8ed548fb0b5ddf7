import { describe, expect, it } from 'vitest'
import { createReadingListStore } from '@/lib/reading-list/store'
import { bookmarkKey } from '@/lib/reading-list/model'
import { FakeStorage, fakeTab } from '@/testing/fake-storage'
import {
  FLUENT_PYTHON,
  PYDATA_INDIA,
  REAL_PYTHON,
  asSeen,
  savedBookmark,
  toRecord,
} from '@/testing/reading-list-fixtures'
import { changesBetween, stillUndoable, undoChanges, type UndoEntry } from './undo'

function newStore() {
  const store = createReadingListStore({ getStorage: () => new FakeStorage(), target: fakeTab() })
  store.getState().replace(toRecord(savedBookmark(FLUENT_PYTHON)))
  return store
}

/** Runs `action` on the store and returns it as an undo entry. */
function record(store: ReturnType<typeof newStore>, action: () => void): UndoEntry {
  const before = store.getState().bookmarks
  action()
  return { id: 1, message: '', changes: changesBetween(before, store.getState().bookmarks) }
}

describe('undo', () => {
  it('after an import and later edits, reverts only what the import did and keeps the edits', () => {
    const store = newStore()
    const fluent = bookmarkKey(FLUENT_PYTHON)
    const imported = record(store, () =>
      store.getState().replace({
        ...store.getState().bookmarks,
        [bookmarkKey(PYDATA_INDIA)]: savedBookmark(PYDATA_INDIA),
        [bookmarkKey(REAL_PYTHON)]: savedBookmark(REAL_PYTHON),
      }),
    )
    store.getState().setNote(fluent, 'chapter 2')
    store.getState().setStatus(bookmarkKey(REAL_PYTHON), 'done')

    store.getState().replace(undoChanges(imported, store.getState().bookmarks))
    const { bookmarks } = store.getState()
    // PyData India (untouched since) is gone again; Real Python (edited since) and the note stay.
    expect(Object.keys(bookmarks).sort()).toEqual([fluent, bookmarkKey(REAL_PYTHON)].sort())
    expect(bookmarks[fluent]?.note).toBe('chapter 2')
    expect(bookmarks[bookmarkKey(REAL_PYTHON)]?.status).toBe('done')
  })

  it('an action whose every item has changed since has nothing left to undo', () => {
    const store = newStore()
    const key = bookmarkKey(FLUENT_PYTHON)
    const removal = record(store, () => store.getState().remove(key))
    store.getState().toggle(FLUENT_PYTHON)
    expect(stillUndoable(removal, store.getState().bookmarks)).toEqual([])
  })

  it('several removals are each undoable, in any order', () => {
    const store = newStore()
    store.getState().toggle(PYDATA_INDIA)
    store.getState().toggle(REAL_PYTHON)
    const start = asSeen(store.getState().bookmarks)
    const removals = [FLUENT_PYTHON, PYDATA_INDIA, REAL_PYTHON].map((item) =>
      record(store, () => store.getState().remove(bookmarkKey(item))),
    )
    expect(store.getState().bookmarks).toEqual({})
    for (const removal of [removals[1]!, removals[2]!, removals[0]!])
      store.getState().replace(undoChanges(removal, store.getState().bookmarks))
    expect(asSeen(store.getState().bookmarks)).toEqual(start)
  })
})
