// The reading list's data: what a bookmark is, how it is keyed and stored. Kept free of zod and React so anything
// may import it.
import { messages } from '@/lib/i18n/runtime'

/** The localStorage key the list lives under, and where unreadable data is copied before anything overwrites it. */
export const READING_LIST_STORAGE_KEY = 'career-explorer:reading-list'
export const READING_LIST_BACKUP_KEY = 'career-explorer:reading-list:backup'
/** The stored format's version. A bump needs a step in `migrate.ts` and a fixture in `fixtures/`. */
export const READING_LIST_VERSION = 1

export const NOTE_MAX_LENGTH = 500

export const BOOKMARK_KINDS = ['resource', 'community'] as const
export type BookmarkKind = (typeof BOOKMARK_KINDS)[number]

/** A bookmark kind's name in the interface language. */
export const bookmarkKindLabel = (kind: BookmarkKind): string => messages().readingList.kinds[kind]

/** A bookmark moves saved → reading → done. */
export const BOOKMARK_STATUSES = ['saved', 'reading', 'done'] as const
export type BookmarkStatus = (typeof BOOKMARK_STATUSES)[number]

/** A status's name in the interface language. */
export const bookmarkStatusLabel = (status: BookmarkStatus): string => messages().readingList.statuses[status]

/** What a save toggle needs to know about an item: which career, which kind of item, its content id and title. */
export interface SavableItem {
  readonly careerId: string
  readonly kind: BookmarkKind
  readonly itemId: string
  /** The title when saved, so a bookmark whose item later leaves the content still reads as what it was. */
  readonly title: string
}

/** A bookmark as a person sees it, exports and imports it. */
export interface BookmarkData extends SavableItem {
  readonly status: BookmarkStatus
  readonly note: string
  /** ISO 8601, e.g. "2026-11-26T09:30:00.000Z". */
  readonly savedAt: string
}

export interface Bookmark extends BookmarkData {
  /** When it last changed (ISO 8601): between tabs, the later change to an item wins. */
  readonly updatedAt: string
}

/** Bookmarks by `bookmarkKey`. Entries are replaced, never mutated, so a changed entry is a new object. */
export type Bookmarks = Readonly<Record<string, Bookmark>>

/** The stored data (zustand's `partialize` keeps exactly this). */
export interface ReadingListData {
  readonly bookmarks: Bookmarks
  /**
   * When each removed item was removed (ISO 8601), by `bookmarkKey`: so a tab that still has the item learns it
   * was removed, rather than putting it back. At most REMOVED_MAX entries, the newest: tabs hear each other within
   * moments, so older records only cost space.
   */
  readonly removed: Readonly<Record<string, string>>
}

/** Only the fields a person sees, exports and imports (whatever else the object carries). */
export const bookmarkData = ({
  careerId,
  kind,
  itemId,
  title,
  status,
  note,
  savedAt,
}: BookmarkData): BookmarkData => ({
  careerId,
  kind,
  itemId,
  title,
  status,
  note,
  savedAt,
})

export function bookmarkKey(item: Pick<SavableItem, 'careerId' | 'kind' | 'itemId'>): string {
  return `${item.careerId}/${item.kind}/${item.itemId}`
}

/** How many removal records are kept (see `ReadingListData.removed`). */
export const REMOVED_MAX = 200

/** `removed` cut to its REMOVED_MAX newest records; the same object when it is within the limit. */
export function keepNewestRemovals(
  removed: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const entries = Object.entries(removed)
  if (entries.length <= REMOVED_MAX) return removed
  // ISO 8601 times in UTC compare as strings.
  return Object.fromEntries(entries.sort((a, b) => (a[1] < b[1] ? 1 : -1)).slice(0, REMOVED_MAX))
}
