import type { Bookmark, Bookmarks, ReadingListData } from './model'

/** A copy's entry for an item: the bookmark, or the time it was removed. */
type Entry = Bookmark | string

const timeOf = (entry: Entry) => (typeof entry === 'string' ? entry : entry.updatedAt)

/** The later change wins; at the same instant a bookmark beats a removal, and otherwise the order is fixed. */
function later(a: Entry, b: Entry): boolean {
  const [ta, tb] = [timeOf(a), timeOf(b)]
  if (ta !== tb) return ta > tb
  if (typeof a === 'string' || typeof b === 'string') return typeof b === 'string' && typeof a !== 'string'
  return JSON.stringify(a) > JSON.stringify(b)
}

function sameBookmarks(a: Bookmarks, b: Bookmarks): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

function sameRemoved(a: ReadingListData['removed'], b: ReadingListData['removed']): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/** True when both hold the same entries (bookmarks compared by identity). */
export function sameReadingList(a: ReadingListData, b: ReadingListData): boolean {
  return sameBookmarks(a.bookmarks, b.bookmarks) && sameRemoved(a.removed, b.removed)
}

/**
 * Combines this tab's list with another copy (what storage holds) so that no change is lost: per item, the later
 * change wins, a removal included. The result is the same whichever copy comes first, and merging it again with
 * either copy changes nothing, so tabs that keep merging what they hear end up agreeing. Parts equal to `local`'s
 * are `local`'s own objects, so a store set to the result re-renders only what changed.
 */
export function mergeReadingLists(local: ReadingListData, incoming: ReadingListData): ReadingListData {
  const bookmarks: Record<string, Bookmark> = {}
  const removed: Record<string, string> = {}
  const decided = new Set<string>()
  const decide = (key: string) => {
    if (decided.has(key)) return
    decided.add(key)
    const mine = local.bookmarks[key]
    const theirs = incoming.bookmarks[key]
    const mineRemoved = local.removed[key]
    const theirsRemoved = incoming.removed[key]
    // The common case: both copies hold the very same bookmark.
    if (mine && mine === theirs && mineRemoved === undefined && theirsRemoved === undefined) {
      bookmarks[key] = mine
      return
    }
    let winner: Entry | undefined
    for (const entry of [mine, mineRemoved, theirs, theirsRemoved])
      if (entry !== undefined && (winner === undefined || later(entry, winner))) winner = entry
    if (typeof winner === 'string') removed[key] = winner
    else if (winner) bookmarks[key] = winner
  }
  for (const copy of [local, incoming]) {
    for (const key in copy.bookmarks) decide(key)
    for (const key in copy.removed) decide(key)
  }
  return {
    bookmarks: sameBookmarks(bookmarks, local.bookmarks) ? local.bookmarks : bookmarks,
    removed: sameRemoved(removed, local.removed) ? local.removed : removed,
  }
}
