// What the reading list's persistence reports: whether changes reach storage, and stored data found damaged.

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
