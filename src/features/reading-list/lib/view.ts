// Which saved items the reading-list page shows, in what order.
import type { Career } from '@/content/schema'
import { describeSavedItem, type SavedItemDescription } from '@/lib/reading-list/describe'
import { bookmarkKey, type Bookmark, type Bookmarks } from '@/lib/reading-list/model'
import type { ReadingListSearch } from './search'

export interface ReadingListRow {
  readonly key: string
  readonly bookmark: Bookmark
  readonly item: SavedItemDescription
}

const byTitle = (a: ReadingListRow, b: ReadingListRow) =>
  a.item.title.localeCompare(b.item.title, 'en', { sensitivity: 'base' })

const COMPARE: Record<
  NonNullable<ReadingListSearch['sort']>,
  (a: ReadingListRow, b: ReadingListRow) => number
> = {
  // Newest first; the key breaks ties so the order never depends on how the list was stored.
  saved: (a, b) => b.bookmark.savedAt.localeCompare(a.bookmark.savedAt) || a.key.localeCompare(b.key),
  title: (a, b) => byTitle(a, b) || a.key.localeCompare(b.key),
  kind: (a, b) =>
    a.item.kindLabel.localeCompare(b.item.kindLabel) || byTitle(a, b) || a.key.localeCompare(b.key),
}

/** The rows to show for a filter and sort (absent values: every kind, every status, newest first). */
export function readingListRows(
  bookmarks: Bookmarks,
  careers: readonly Career[],
  { kind, status, sort = 'saved' }: ReadingListSearch,
): ReadingListRow[] {
  return Object.values(bookmarks)
    .filter((bookmark) => (!kind || bookmark.kind === kind) && (!status || bookmark.status === status))
    .map((bookmark) => ({ key: bookmarkKey(bookmark), bookmark, item: describeSavedItem(careers, bookmark) }))
    .sort(COMPARE[sort])
}

/** Progress over the whole list, whatever the filter. */
export function readingListProgress(bookmarks: Bookmarks): { done: number; total: number } {
  const all = Object.values(bookmarks)
  return { done: all.filter((b) => b.status === 'done').length, total: all.length }
}
