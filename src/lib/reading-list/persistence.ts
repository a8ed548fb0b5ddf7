// How the reading list reaches localStorage without ever losing a bookmark: the zustand persist storage, the
// validating merge, backups of unreadable data, batched writes, and sync between tabs. One object owns what this
// tab knows about storage (`ListPersistence`); the store talks to it through `createPersistence`. What it reports is
// in status.ts, reading the stored text in stored-text.ts.
import { create } from 'zustand'
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { mergeReadingLists, sameReadingList } from './merge-lists'
import { READING_LIST_VERSION, type ReadingListData } from './model'
import { browserLocalStorage, isQuotaExceeded, type KeyValueStorage } from '@/lib/storage'
import type { PersistenceStatus, RecoveryReason, SavingState } from './status'
import { backUp, readEnvelope } from './stored-text'
import { sanitizeReadingList } from './validate'

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

/** What `getItem` read: the stored text (null when there is none) and what was wrong with it. */
interface StorageRead {
  readonly raw: string | null
  readonly problem: RecoveryReason | null
}

type Settings<S extends ReadingListData> = PersistenceOptions<S> & { now: () => Date; writeDelayMs: number }

/** The one owner of what this tab knows about the stored list, and of when it writes. */
class ListPersistence<S extends ReadingListData> {
  readonly useStatus
  readonly storageKey: string
  /** What zustand's persist reads and writes through. */
  readonly storage: PersistStorage<ReadingListData> = {
    getItem: () => this.#getItem(),
    // zustand calls this after every change; the write itself is batched and reads the state when it runs.
    setItem: () => this.#scheduleWrite(),
    removeItem: () => undefined,
  }
  /** The store, once it exists (`connect`): writes wait for it. */
  #store: PersistedStore<S> | undefined
  /** The data as storage holds it, when this tab's data is exactly that; null when there is something to write. */
  #synced: ReadingListData | null = null
  /** The stored text as last seen, to notice another tab's write without parsing. */
  #lastSeenRaw: string | null = null
  /**
   * What the last `getItem` read, waiting for the `merge` that judges it. zustand's persist calls `getItem`, then
   * (for a synchronous storage, in the same turn, with nothing in between) `migrate` and `merge`: `merge` takes it,
   * so each read is judged once, and a `merge` without a read (there is none in zustand) keeps the tab's list.
   */
  #pendingRead: StorageRead | null = null
  /** Nothing is written: unreadable data could not be backed up, or a newer version of the app wrote the list. */
  #writesHeld = false
  /** While a recovery is reported: when the damage was found, and the bookmarks that have come back since. */
  #foundAt = ''
  readonly #cameBack = new Set<string>()
  #timer: ReturnType<typeof setTimeout> | undefined

  readonly #options: Settings<S>
  readonly #storage: KeyValueStorage | null

  constructor(options: Settings<S>, storage: KeyValueStorage | null) {
    this.#options = options
    this.#storage = storage
    this.storageKey = options.key
    this.useStatus = create<PersistenceStatus>(() => ({
      // In Node (prerendering) there is no storage to report on: the HTML says nothing about saving.
      saving: storage || typeof window === 'undefined' ? 'on' : 'unavailable',
      recovery: null,
    }))
  }

  #setSaving(saving: SavingState) {
    if (this.useStatus.getState().saving !== saving) this.useStatus.setState({ saving })
  }

  /** The stored text, null when there is none, undefined when storage cannot be read. */
  #readRaw(): string | null | undefined {
    if (!this.#storage) return undefined
    try {
      return this.#storage.getItem(this.#options.key)
    } catch {
      this.#setSaving('unavailable')
      return undefined
    }
  }

  #cancelWrite() {
    clearTimeout(this.#timer)
    this.#timer = undefined
  }

  #scheduleWrite() {
    this.#timer ??= setTimeout(this.flush, this.#options.writeDelayMs)
  }

  /**
   * Writes the list now, first taking in anything another tab stored meanwhile. Right only because the storage is
   * synchronous: the rehydrate (and its merge) has finished before this tab's data is read below.
   */
  readonly flush = (): void => {
    this.#cancelWrite()
    const store = this.#store
    const storage = this.#storage
    if (!store || !storage || this.#writesHeld) return
    const raw = this.#readRaw()
    if (raw === undefined) return
    if (raw !== this.#lastSeenRaw) void store.persist.rehydrate()
    // Rehydrating may have found a newer version's data.
    if (this.#writesHeld) return
    const data = this.#options.partialize(store.getState())
    const synced = this.#synced
    if (synced && data.bookmarks === synced.bookmarks && data.removed === synced.removed) return
    const text = JSON.stringify({ state: data, version: READING_LIST_VERSION })
    try {
      storage.setItem(this.#options.key, text)
      this.#synced = data
      this.#lastSeenRaw = text
      this.#setSaving('on')
    } catch (error) {
      // The list stays in memory and is still not `synced`, so the next change writes this one too.
      this.#setSaving(isQuotaExceeded(error) ? 'full' : 'unavailable')
    }
  }

  /** zustand's `getItem`: reads the envelope, and leaves what it found for `merge`. */
  #getItem(): StorageValue<ReadingListData> | null {
    const raw = this.#readRaw()
    this.#pendingRead = raw === undefined ? null : { raw, problem: null }
    if (raw === undefined || raw === null) return null
    this.#lastSeenRaw = raw
    const envelope = readEnvelope(raw)
    if (envelope.version !== undefined && envelope.version > READING_LIST_VERSION) {
      // Not this version's to change, not even to back up and repair: stop writing for good. The list stays as
      // this tab had it, and a reload brings the newer app.
      this.#writesHeld = true
      this.#cancelWrite()
      this.#setSaving('newer')
      return null
    }
    this.#pendingRead = { raw, problem: envelope.problem }
    if (!('state' in envelope)) return null
    // Without a version zustand skips `migrate`; the state still goes through the validating merge.
    const { state, version } = envelope
    return { state: state as ReadingListData, ...(version !== undefined && { version }) }
  }

  /**
   * zustand's `merge`, run on start-up and on every rehydrate (another tab wrote): validates what storage holds,
   * backs it up first if anything in it cannot be kept as it is, and merges it with this tab's list. When this tab
   * has something storage lacks (a change not yet written, or one another tab's write overtook), it writes back.
   */
  readonly merge = (persisted: unknown, current: S): S => {
    const read = this.#pendingRead
    this.#pendingRead = null
    const storage = this.#storage
    if (!read || !storage) return current
    const { raw, problem } = read
    const sanitized = sanitizeReadingList(persisted, current.bookmarks)
    // Nothing readable came in (not JSON, not an envelope, no list in it): keep what this tab has.
    const unreadable = (persisted === undefined && problem !== null) || !sanitized.shapeOk
    let reason = problem
    if (!reason && !sanitized.shapeOk) reason = 'wrong-shape'
    if (!reason && sanitized.dropped + sanitized.repaired > 0) reason = 'invalid-entries'
    const incoming: ReadingListData = { bookmarks: sanitized.bookmarks, removed: sanitized.removed }
    const mine = this.#options.partialize(current)
    const merged = unreadable ? mine : mergeReadingLists(mine, incoming)
    const previous = this.useStatus.getState().recovery
    // The same damaged text read again changes nothing in what was found.
    if (reason && raw !== null && previous?.raw !== raw) {
      const savedAs = backUp(storage, this.#options.backupKey, raw)
      this.#writesHeld ||= savedAs === null
      const fromData = unreadable ? {} : incoming.bookmarks
      this.#foundAt = this.#options.now().toISOString()
      this.#cameBack.clear()
      this.useStatus.setState({
        recovery: {
          raw,
          reason,
          recovered: Object.keys(fromData).length,
          heldByThisTab: Object.keys(merged.bookmarks).filter((k) => !(k in fromData)).length,
          cameBack: 0,
          backupKey: savedAs,
        },
        ...(this.#writesHeld && { saving: 'held' as const }),
      })
    } else if (!reason && previous) {
      // Another tab or page wrote readable data: bookmarks new to this tab that were saved before the damage was
      // found are ones it still had. (One first saved since is simply new.)
      const before = this.#cameBack.size
      for (const [k, bookmark] of Object.entries(merged.bookmarks))
        if (!(k in mine.bookmarks) && bookmark.savedAt <= this.#foundAt) this.#cameBack.add(k)
      if (this.#cameBack.size > before)
        this.useStatus.setState({ recovery: { ...previous, cameBack: this.#cameBack.size } })
    }
    // Damaged data is replaced by what was recovered as soon as the backup is safe.
    this.#synced = !reason && sameReadingList(merged, incoming) ? merged : null
    if (!this.#synced) this.#scheduleWrite()
    return merged.bookmarks === current.bookmarks && merged.removed === current.removed
      ? current
      : { ...current, ...merged }
  }

  /** Starts writing and listening once the store exists; returns the clean-up. */
  readonly connect = (store: PersistedStore<S>): (() => void) => {
    this.#store = store
    const target = this.#options.target ?? (typeof window === 'undefined' ? undefined : window)
    // No window when the app is prerendered in Node: the store keeps its initial state there and listens for nothing.
    if (!target) return () => {}
    const { key } = this.#options
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) void store.persist.rehydrate()
    }
    const onPageHide = this.flush
    // Back from the back/forward cache: what another tab or page wrote meanwhile may not have been heard.
    const onPageShow = (event: PageTransitionEvent) => {
      const raw = this.#readRaw()
      if (event.persisted && raw !== undefined && raw !== this.#lastSeenRaw) void store.persist.rehydrate()
    }
    const onVisibilityChange = () => {
      if (target.document.visibilityState === 'hidden') this.flush()
    }
    target.addEventListener('storage', onStorage)
    target.addEventListener('pagehide', onPageHide)
    target.addEventListener('pageshow', onPageShow)
    target.document.addEventListener('visibilitychange', onVisibilityChange)
    return () => {
      this.#cancelWrite()
      target.removeEventListener('storage', onStorage)
      target.removeEventListener('pagehide', onPageHide)
      target.removeEventListener('pageshow', onPageShow)
      target.document.removeEventListener('visibilitychange', onVisibilityChange)
    }
  }

  /** After unreadable data could not be backed up: the person has downloaded it, or chose to go on without. */
  readonly resumeSaving = (): void => {
    if (this.useStatus.getState().saving === 'newer') return
    this.#writesHeld = false
    this.#synced = null
    this.#setSaving('on')
    this.#scheduleWrite()
  }

  readonly dismissRecovery = (): void => {
    this.useStatus.setState({ recovery: null })
  }
}

/** The reading list's persistence, for `createReadingListStore`; its methods may be passed on unbound. */
export function createPersistence<S extends ReadingListData>(options: PersistenceOptions<S>) {
  return new ListPersistence<S>(
    { writeDelayMs: 200, now: () => new Date(), ...options },
    (options.getStorage ?? browserLocalStorage)(),
  )
}
