// Bookmarks of real Python Developer items, for tests of the reading list.
import type { Bookmark, Bookmarks, SavableItem } from '@/lib/reading-list/model'
import { bookmarkData, bookmarkKey } from '@/lib/reading-list/model'

export const FLUENT_PYTHON: SavableItem = {
  careerId: 'python-developer',
  kind: 'resource',
  itemId: 'fluent-python',
  title: 'Fluent Python (2nd Edition)',
}
export const PYDATA_INDIA: SavableItem = {
  careerId: 'python-developer',
  kind: 'community',
  itemId: 'pydata-india',
  title: 'PyData India',
}
export const REAL_PYTHON: SavableItem = {
  careerId: 'python-developer',
  kind: 'resource',
  itemId: 'real-python',
  title: 'Real Python',
}
export const NO_LONGER_LISTED: SavableItem = {
  careerId: 'python-developer',
  kind: 'resource',
  itemId: 'a-book-since-dropped',
  title: 'A book the page has since dropped',
}

/** A bookmark as the store holds it; unless given, it last changed when it was saved. */
export function savedBookmark(item: SavableItem, extra: Partial<Bookmark> = {}): Bookmark {
  const savedAt = extra.savedAt ?? '2026-11-20T10:00:00.000Z'
  return { ...item, status: 'saved', note: '', savedAt, updatedAt: savedAt, ...extra }
}

/** A list as a person sees it (what undo and import promise to bring back), in a fixed order. */
export const asSeen = (bookmarks: Bookmarks) =>
  Object.entries(bookmarks)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, bookmark]) => bookmarkData(bookmark))

export const toRecord = (...bookmarks: Bookmark[]): Bookmarks =>
  Object.fromEntries(bookmarks.map((bookmark) => [bookmarkKey(bookmark), bookmark]))
