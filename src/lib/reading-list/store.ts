// The reading list's store: zustand with persist to localStorage under one versioned key. Imported by the header,
// so it is in the entry chunk: keep it small (export, import and Markdown live with the reading-list page).
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { migrateReadingList } from './migrate'
import {
  NOTE_MAX_LENGTH,
  READING_LIST_BACKUP_KEY,
  READING_LIST_STORAGE_KEY,
  READING_LIST_VERSION,
  bookmarkData,
  bookmarkKey,
  keepNewestRemovals,
  type Bookmark,
  type BookmarkData,
  type BookmarkStatus,
  type ReadingListData,
  type SavableItem,
} from './model'
import { createPersistence, type PersistenceOptions } from './persistence'

export interface ReadingListState extends ReadingListData {
  /** Saves the item, or removes it if it is saved. */
  toggle: (item: SavableItem) => void
  setStatus: (key: string, status: BookmarkStatus) => void
  /** Sets the note, cut to NOTE_MAX_LENGTH characters. */
  setNote: (key: string, note: string) => void
  remove: (key: string) => void
  /** Puts bookmarks back as they were (undo of remove and clear), keeping everything else. */
  restore: (bookmarks: readonly BookmarkData[]) => void
  /** The whole list at once (clear, import, undo of an import). Entries kept as the same object stay unchanged. */
  replace: (bookmarks: Readonly<Record<string, BookmarkData>>) => void
}

export type ReadingListStoreOptions = Partial<
  Pick<PersistenceOptions<ReadingListState>, 'key' | 'backupKey' | 'getStorage' | 'writeDelayMs' | 'target'>
> & { now?: () => Date }

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const rest = { ...record }
  Reflect.deleteProperty(rest, key)
  return rest
}

/** Only the data is stored, never the actions. */
const partialize = ({ bookmarks, removed }: ReadingListState): ReadingListData => ({ bookmarks, removed })

/** Creates a reading-list store; the app uses the one below, tests and benchmarks make their own. */
export function createReadingListStore(options: ReadingListStoreOptions = {}) {
  const { now = () => new Date(), ...persistenceOptions } = options
  const persistence = createPersistence<ReadingListState>({
    key: READING_LIST_STORAGE_KEY,
    backupKey: READING_LIST_BACKUP_KEY,
    partialize,
    now,
    ...persistenceOptions,
  })

  // A change is stamped later than anything it replaces, even another tab's change from a moment ahead, so the
  // merge between tabs never takes it for the older one.
  let lastStamp = 0
  const stamp = (...replaced: (string | undefined)[]) => {
    const after = Math.max(lastStamp, ...replaced.map((time) => (time ? Date.parse(time) : 0)))
    lastStamp = Math.max(now().getTime(), after + 1)
    return new Date(lastStamp).toISOString()
  }

  /**
   * Every change goes through here or `commitOne`: `next` is the whole list; entries that are not the same object
   * as before are stamped, and items that are gone are recorded as removed.
   */
  function commit(state: ReadingListState, next: Readonly<Record<string, BookmarkData>>): ReadingListState {
    const bookmarks: Record<string, Bookmark> = {}
    let removed: Record<string, string> | undefined
    let changed = false
    for (const [key, entry] of Object.entries(next)) {
      const before = state.bookmarks[key]
      if (entry === before) {
        bookmarks[key] = before
        continue
      }
      changed = true
      bookmarks[key] = { ...bookmarkData(entry), updatedAt: stamp(before?.updatedAt, state.removed[key]) }
      if (key in state.removed) removed = without(removed ?? state.removed, key)
    }
    for (const [key, before] of Object.entries(state.bookmarks)) {
      if (key in next) continue
      changed = true
      removed ??= { ...state.removed }
      removed[key] = stamp(before.updatedAt)
    }
    return changed
      ? { ...state, bookmarks, removed: removed ? keepNewestRemovals(removed) : state.removed }
      : state
  }

  /** `commit` for one item: `entry` is its new data, or undefined to remove it. */
  function commitOne(
    state: ReadingListState,
    key: string,
    entry: BookmarkData | undefined,
  ): ReadingListState {
    const before = state.bookmarks[key]
    if (entry === before) return state
    if (entry) {
      const bookmark = { ...bookmarkData(entry), updatedAt: stamp(before?.updatedAt, state.removed[key]) }
      return {
        ...state,
        bookmarks: { ...state.bookmarks, [key]: bookmark },
        removed: key in state.removed ? without(state.removed, key) : state.removed,
      }
    }
    if (!before) return state
    return {
      ...state,
      bookmarks: without(state.bookmarks, key),
      removed: keepNewestRemovals({ ...state.removed, [key]: stamp(before.updatedAt) }),
    }
  }

  const store = create<ReadingListState>()(
    persist(
      (set) => {
        const change = (key: string, update: (bookmark: Bookmark) => BookmarkData) =>
          set((state) => {
            const bookmark = state.bookmarks[key]
            return bookmark ? commitOne(state, key, update(bookmark)) : state
          })
        return {
          bookmarks: {},
          removed: {},
          toggle: (item) =>
            set((state) => {
              const key = bookmarkKey(item)
              if (state.bookmarks[key]) return commitOne(state, key, undefined)
              const { careerId, kind, itemId, title } = item
              const saved: BookmarkData = {
                careerId,
                kind,
                itemId,
                title,
                status: 'saved',
                note: '',
                savedAt: now().toISOString(),
              }
              return commitOne(state, key, saved)
            }),
          setStatus: (key, status) =>
            change(key, (bookmark) => (bookmark.status === status ? bookmark : { ...bookmark, status })),
          setNote: (key, note) =>
            change(key, (bookmark) => {
              const clamped = note.slice(0, NOTE_MAX_LENGTH)
              return bookmark.note === clamped ? bookmark : { ...bookmark, note: clamped }
            }),
          remove: (key) => set((state) => commitOne(state, key, undefined)),
          restore: (restored) =>
            set((state) =>
              commit(state, {
                ...state.bookmarks,
                ...Object.fromEntries(restored.map((b) => [bookmarkKey(b), bookmarkData(b)])),
              }),
            ),
          replace: (bookmarks) => set((state) => commit(state, bookmarks)),
        }
      },
      {
        name: persistence.storageKey,
        version: READING_LIST_VERSION,
        storage: persistence.storage,
        partialize,
        // The result is not trusted: `merge` validates whatever comes out.
        migrate: (state, version) => migrateReadingList(state, version) as ReadingListData,
        merge: persistence.merge,
      },
    ),
  )
  const disconnect = persistence.connect(store)
  return Object.assign(store, { persistence: { ...persistence, disconnect } })
}

export type ReadingListStore = ReturnType<typeof createReadingListStore>

/** The app's reading list. */
export const useReadingListStore = createReadingListStore()

export const selectSavedCount = (state: ReadingListData) => Object.keys(state.bookmarks).length
