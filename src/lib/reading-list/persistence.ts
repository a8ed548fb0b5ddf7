// How the reading list reaches localStorage without ever losing a bookmark: the zustand persist storage, the
// validating merge, backups of unreadable data, batched writes, and sync between tabs.
import { create } from 'zustand'
import type { PersistStorage } from 'zustand/middleware'
import { mergeReadingLists, sameReadingList } from './merge-lists'
import { READING_LIST_VERSION, type ReadingListData } from './model'
import { browserLocalStorage, isQuotaExceeded, type KeyValueStorage } from '@/lib/storage'
import { isRecord, sanitizeReadingList } from './validate'

/**
 * Whether changes reach storage: `on`; `unavailable` (the browser refuses storage, so the list lives in memory);
 * `full` (the last write hit the quota; the next change retries); `held` (unreadable data could not be backed up,
 * so nothing overwrites it until the person says so); `newer` (a newer version of the app wrote the list: this tab
 * never writes again, since it cannot know what that version keeps; a reload runs the newer app).
 */
export type SavingState = 'on' | 'unavailable' | 'full' | 'held' | 'newer'

export type RecoveryReason = 'not-json' | 'wrong-shape' | 'invalid-entries'

/**
 * Stored data that could not be read as it was: kept as found, for the person to download, with what the list
 * then held and where it came from, so that what the notice says stays true as the list changes.
 */
export interface Recovery {
  readonly raw: string
  readonly reason: RecoveryReason
  /** How many bookmarks could be read from the damaged data itself. */
  readonly recovered: number
  /** How many more this tab still held when it found the damage (written while it was open): all kept. */
  readonly heldByThisTab: number
  /**
   * How many bookmarks saved before the damage was found have come back since from another open tab or page that
   * still had them (its write, heard as a storage event or on coming back from the back/forward cache).
   */
  readonly cameBack: number
  /** Where the raw text was copied, or null when even that failed (then writes are held). */
  readonly backupKey: string | null
}

export interface PersistenceStatus {
  readonly saving: SavingState
  readonly recovery: Recovery | null
}

/** The persisted store, as the persistence needs it once it exists. */
interface PersistedStore<S extends ReadingListData> {
  getState: () => S
  persist: { rehydrate: () => Promise<void> | void }
}

export interface PersistenceOptions<S extends ReadingListData> {
  key: string
  backupKey: string
  /** Data only: the same function the store hands to persist as `partialize`. */
  partialize: (state: S) => ReadingListData
  getStorage?: () => KeyValueStorage | null
  /** Changes within this many milliseconds are written together. */
  writeDelayMs?: number
  /** Where `storage`, `pagehide`, `pageshow` and `visibilitychange` are listened for. */
  target?: Window
  /** The clock the store stamps bookmarks with. */
  now?: () => Date
}

export function createPersistence<S extends ReadingListData>(options: PersistenceOptions<S>) {
  // No window when the app is prerendered in Node: the store keeps its initial state there and listens for nothing.
  const { key, backupKey, partialize, writeDelayMs = 200, now = () => new Date() } = options
  const target = options.target ?? (typeof window === 'undefined' ? undefined : window)
  const storage = (options.getStorage ?? browserLocalStorage)()
  const useStatus = create<PersistenceStatus>(() => ({
    // In Node (prerendering) there is no storage to report on: the HTML says nothing about saving.
    saving: storage || typeof window === 'undefined' ? 'on' : 'unavailable',
    recovery: null,
  }))
  const setSaving = (saving: SavingState) => {
    if (useStatus.getState().saving !== saving) useStatus.setState({ saving })
  }

  let store: PersistedStore<S> | undefined
  /** The data as storage holds it, when this tab's data is exactly that; null when there is something to write. */
  let synced: ReadingListData | null = null
  /** The stored text as last seen, to notice another tab's write without parsing. */
  let lastSeenRaw: string | null = null
  /** What the last `getItem` found, for `merge`, which zustand calls right after it. */
  let lastRead: { available: boolean; raw: string | null; problem: RecoveryReason | null } = {
    available: false,
    raw: null,
    problem: null,
  }
  let writesHeld = false
  /** While a recovery is reported: when the damage was found, and the bookmarks that have come back since. */
  let foundAt = ''
  const cameBack = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined

  /** The stored text, null when there is none, undefined when storage cannot be read. */
  function readRaw(): string | null | undefined {
    if (!storage) return undefined
    try {
      return storage.getItem(key)
    } catch {
      setSaving('unavailable')
      return undefined
    }
  }

  /** Copies `raw` to the backup key, never over a different earlier backup. Returns where, or null on failure. */
  function backUp(into: KeyValueStorage, raw: string): string | null {
    try {
      const existing = into.getItem(backupKey)
      if (existing === raw) return backupKey
      const where = existing === null ? backupKey : `${backupKey}:${Date.now()}`
      into.setItem(where, raw)
      return where
    } catch {
      return null
    }
  }

  function scheduleWrite() {
    timer ??= setTimeout(flush, writeDelayMs)
  }

  /** Writes the list now, first taking in anything another tab stored meanwhile. */
  function flush() {
    clearTimeout(timer)
    timer = undefined
    if (!store || !storage || writesHeld) return
    const raw = readRaw()
    if (raw === undefined) return
    if (raw !== lastSeenRaw) void store.persist.rehydrate()
    // Rehydrating may have found a newer version's data.
    if (writesHeld) return
    const data = partialize(store.getState())
    if (synced && data.bookmarks === synced.bookmarks && data.removed === synced.removed) return
    const text = JSON.stringify({ state: data, version: READING_LIST_VERSION })
    try {
      storage.setItem(key, text)
      synced = data
      lastSeenRaw = text
      setSaving('on')
    } catch (error) {
      // The list stays in memory and is still not `synced`, so the next change writes this one too.
      setSaving(isQuotaExceeded(error) ? 'full' : 'unavailable')
    }
  }

  const persistStorage: PersistStorage<ReadingListData> = {
    getItem() {
      const raw = readRaw()
      lastRead = { available: raw !== undefined, raw: raw ?? null, problem: null }
      if (raw === undefined || raw === null) return null
      lastSeenRaw = raw
      let value: unknown
      try {
        value = JSON.parse(raw)
      } catch {
        lastRead.problem = 'not-json'
        return null
      }
      if (!isRecord(value) || !('state' in value)) {
        lastRead.problem = 'wrong-shape'
        return null
      }
      const { version } = value
      if (typeof version !== 'number') lastRead.problem = 'wrong-shape'
      else if (version > READING_LIST_VERSION) {
        // Not this version's to change, not even to back up and repair: stop writing for good. The list stays
        // as this tab had it, and a reload brings the newer app.
        writesHeld = true
        clearTimeout(timer)
        timer = undefined
        setSaving('newer')
        return null
      }
      // Without a version zustand skips `migrate`; the state still goes through the validating merge.
      return { state: value.state as ReadingListData, ...(typeof version === 'number' && { version }) }
    },
    // zustand calls this after every change; the write itself is batched and reads the state when it runs.
    setItem: scheduleWrite,
    removeItem: () => undefined,
  }

  /**
   * zustand's `merge`, run on start-up and on every rehydrate (another tab wrote): validates what storage holds,
   * backs it up first if anything in it cannot be kept as it is, and merges it with this tab's list. When this tab
   * has something storage lacks (a change not yet written, or one another tab's write overtook), it writes back.
   */
  function merge(persisted: unknown, current: S): S {
    const { available, raw, problem } = lastRead
    if (!available || !storage) return current
    const sanitized = sanitizeReadingList(persisted, current.bookmarks)
    // Nothing readable came in (not JSON, not an envelope, no list in it): keep what this tab has.
    const unreadable = (persisted === undefined && problem !== null) || !sanitized.shapeOk
    let reason = problem
    if (!reason && !sanitized.shapeOk) reason = 'wrong-shape'
    if (!reason && sanitized.dropped + sanitized.repaired > 0) reason = 'invalid-entries'
    const incoming: ReadingListData = { bookmarks: sanitized.bookmarks, removed: sanitized.removed }
    const mine = partialize(current)
    const merged = unreadable ? mine : mergeReadingLists(mine, incoming)
    const previous = useStatus.getState().recovery
    // The same damaged text read again changes nothing in what was found.
    if (reason && raw !== null && previous?.raw !== raw) {
      const savedAs = backUp(storage, raw)
      writesHeld ||= savedAs === null
      const fromData = unreadable ? {} : incoming.bookmarks
      foundAt = now().toISOString()
      cameBack.clear()
      useStatus.setState({
        recovery: {
          raw,
          reason,
          recovered: Object.keys(fromData).length,
          heldByThisTab: Object.keys(merged.bookmarks).filter((k) => !(k in fromData)).length,
          cameBack: 0,
          backupKey: savedAs,
        },
        ...(writesHeld && { saving: 'held' as const }),
      })
    } else if (!reason && previous) {
      // Another tab or page wrote readable data: bookmarks new to this tab that were saved before the damage was
      // found are ones it still had. (One first saved since is simply new.)
      const before = cameBack.size
      for (const [k, bookmark] of Object.entries(merged.bookmarks))
        if (!(k in mine.bookmarks) && bookmark.savedAt <= foundAt) cameBack.add(k)
      if (cameBack.size > before) useStatus.setState({ recovery: { ...previous, cameBack: cameBack.size } })
    }
    // Damaged data is replaced by what was recovered as soon as the backup is safe.
    synced = !reason && sameReadingList(merged, incoming) ? merged : null
    if (!synced) scheduleWrite()
    return merged.bookmarks === current.bookmarks && merged.removed === current.removed
      ? current
      : { ...current, ...merged }
  }

  return {
    storageKey: key,
    storage: persistStorage,
    merge,
    useStatus,
    flush,
    /** Starts writing and listening once the store exists; returns the clean-up. */
    connect(persisted: PersistedStore<S>) {
      store = persisted
      if (!target) return () => {}
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) void persisted.persist.rehydrate()
      }
      const onPageHide = () => flush()
      // Back from the back/forward cache: what another tab or page wrote meanwhile may not have been heard.
      const onPageShow = (event: PageTransitionEvent) => {
        const raw = readRaw()
        if (event.persisted && raw !== undefined && raw !== lastSeenRaw) void persisted.persist.rehydrate()
      }
      const onVisibilityChange = () => {
        if (target.document.visibilityState === 'hidden') flush()
      }
      target.addEventListener('storage', onStorage)
      target.addEventListener('pagehide', onPageHide)
      target.addEventListener('pageshow', onPageShow)
      target.document.addEventListener('visibilitychange', onVisibilityChange)
      return () => {
        clearTimeout(timer)
        timer = undefined
        target.removeEventListener('storage', onStorage)
        target.removeEventListener('pagehide', onPageHide)
        target.removeEventListener('pageshow', onPageShow)
        target.document.removeEventListener('visibilitychange', onVisibilityChange)
      }
    },
    /** After unreadable data could not be backed up: the person has downloaded it, or chose to go on without. */
    resumeSaving() {
      if (useStatus.getState().saving === 'newer') return
      writesHeld = false
      synced = null
      setSaving('on')
      scheduleWrite()
    },
    dismissRecovery() {
      useStatus.setState({ recovery: null })
    },
  }
}
