// Undo on the reading-list page: each action remembers what it changed, item by item, so undoing it puts back
// only those items, and only while they are still as the action left them. A later edit (a note, a status, the
// same item saved again, another tab's change) is never undone with it.
import type { Bookmark, Bookmarks, BookmarkData } from '@/lib/reading-list/model'

/** One item an action changed: as it was before (undefined: not on the list) and as the action left it. */
type ItemChange = readonly [key: string, before: Bookmark | undefined, after: Bookmark | undefined]

export interface UndoEntry {
  readonly id: number
  readonly message: string
  readonly changes: readonly ItemChange[]
  /** The row to focus after undoing, when there is one (a single item put back). */
  readonly focusKey?: string
}

/** What an action changed, from the store's lists just before and just after it. */
export function changesBetween(before: Bookmarks, after: Bookmarks): ItemChange[] {
  const changes: ItemChange[] = []
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[key] !== after[key]) changes.push([key, before[key], after[key]])
  }
  return changes
}

/** The changes that undoing would still revert: those whose item nothing has touched since. */
export function stillUndoable(entry: UndoEntry, current: Bookmarks): ItemChange[] {
  return entry.changes.filter(([key, , after]) => current[key] === after)
}

/** The list with `entry` undone: every untouched item as it was before; every other item as it is now. */
export function undoChanges(entry: UndoEntry, current: Bookmarks): Record<string, BookmarkData> {
  const next: Record<string, BookmarkData> = { ...current }
  for (const [key, before] of stillUndoable(entry, current)) {
    if (before) next[key] = before
    else Reflect.deleteProperty(next, key)
  }
  return next
}

/** How many actions stay undoable: enough for a run of removals, small enough to forget old snapshots. */
export const UNDO_LIMIT = 20
