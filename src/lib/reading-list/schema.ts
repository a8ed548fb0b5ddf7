// Reading stored reading-list data that may be damaged: the validating half of the store's `merge`.
// Hand-written rather than zod/mini: this runs at start-up, so it ships in the entry chunk, where zod/mini cost
// 5.5 kB gzip and pushed the app past its 110 kB budget. properties.test.ts checks it against any JSON value.
import {
  BOOKMARK_KINDS,
  BOOKMARK_STATUSES,
  NOTE_MAX_LENGTH,
  bookmarkKey,
  keepNewestRemovals,
  type Bookmark,
  type Bookmarks,
  type ReadingListData,
} from './model'

/** Content ids are kebab-case (see content/schema.ts); anything else cannot refer to an item. */
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*'
export const CONTENT_ID_PATTERN = new RegExp(`^${ID}$`)
const isContentId = (value: unknown): value is string =>
  typeof value === 'string' && CONTENT_ID_PATTERN.test(value)
const KEY_PATTERN = new RegExp(`^${ID}/(?:${BOOKMARK_KINDS.join('|')})/${ID}$`)

export const TITLE_MAX_LENGTH = 300
export const EPOCH_ISO = new Date(0).toISOString()

function toIsoDate(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return EPOCH_ISO
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? EPOCH_ISO : new Date(time).toISOString()
}

const isCanonicalIso = (value: unknown): value is string =>
  typeof value === 'string' && toIsoDate(value) === value

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.some((v) => v === value)

/**
 * One bookmark. Its identity (career, kind, item id) must be valid or it cannot be kept; the other fields are
 * repaired (and counted): an unknown status reads as saved, an over-long note is cut to the limit, a bad date
 * becomes 1970, a missing title becomes '' (the caller then shows the item id).
 */
function parseBookmark(entry: unknown, repair: () => void): Bookmark | undefined {
  if (!isRecord(entry)) return undefined
  const { careerId, kind, itemId, title, status, note, savedAt, updatedAt } = entry
  if (!isContentId(careerId) || !oneOf(BOOKMARK_KINDS, kind) || !isContentId(itemId)) return undefined
  const trimmed = typeof title === 'string' ? title.trim() : ''
  const titleOk = trimmed.length >= 1 && trimmed.length <= TITLE_MAX_LENGTH
  const noteOk = typeof note === 'string' && note.length <= NOTE_MAX_LENGTH
  const fixed = (ok: boolean) => ok || (repair(), false)
  return {
    careerId,
    kind,
    itemId,
    title: fixed(titleOk) ? trimmed : '',
    status: fixed(oneOf(BOOKMARK_STATUSES, status)) ? (status as Bookmark['status']) : 'saved',
    note: fixed(noteOk) ? (note as string) : typeof note === 'string' ? note.slice(0, NOTE_MAX_LENGTH) : '',
    savedAt: fixed(isCanonicalIso(savedAt)) ? (savedAt as string) : toIsoDate(savedAt),
    updatedAt: fixed(isCanonicalIso(updatedAt)) ? (updatedAt as string) : toIsoDate(updatedAt),
  }
}

export interface SanitizedReadingList extends ReadingListData {
  readonly bookmarks: Bookmarks
  /** Entries that could not be kept (no valid identity, or a duplicate). */
  readonly dropped: number
  /** Fields that were replaced to keep an entry, and unreadable removal records left out. */
  readonly repaired: number
  /** False when the value was not `{ bookmarks: {…} | […] }` at all. */
  readonly shapeOk: boolean
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const FIELDS = ['careerId', 'kind', 'itemId', 'title', 'status', 'note', 'savedAt', 'updatedAt'] as const

/** `known`'s entry for the same item, if `entry` holds exactly the same values. */
function knownEntry(entry: unknown, known: Bookmarks | undefined): Bookmark | undefined {
  if (!known || !isRecord(entry)) return undefined
  const key = `${String(entry.careerId)}/${String(entry.kind)}/${String(entry.itemId)}`
  const match = Object.hasOwn(known, key) ? known[key] : undefined
  return match && FIELDS.every((field) => entry[field] === match[field]) ? match : undefined
}

/**
 * The validating merge: whatever JSON value comes in, a valid list comes out, keeping every entry that can be
 * kept. Keys are rebuilt from each entry, so a stored key never decides which item a bookmark points at. An entry
 * equal to one in `known` (already valid, e.g. what this tab holds) is taken as that object without validating it
 * again: another tab's write then costs little, and unchanged entries keep their identity, so nothing re-renders.
 */
export function sanitizeReadingList(value: unknown, known?: Bookmarks): SanitizedReadingList {
  const raw = isRecord(value) ? value.bookmarks : undefined
  const entries = Array.isArray(raw) ? raw : isRecord(raw) ? Object.values(raw) : undefined
  if (!entries) return { bookmarks: {}, removed: {}, dropped: 0, repaired: 0, shapeOk: value === undefined }

  let repairs = 0
  const repair = () => {
    repairs++
  }
  const bookmarks: Record<string, Bookmark> = {}
  let dropped = 0
  for (const entry of entries) {
    let bookmark = knownEntry(entry, known)
    if (!bookmark) {
      const parsed = parseBookmark(entry, repair)
      if (!parsed) {
        dropped++
        continue
      }
      bookmark = parsed.title ? parsed : { ...parsed, title: parsed.itemId }
    }
    const key = bookmarkKey(bookmark)
    if (key in bookmarks) dropped++
    else bookmarks[key] = bookmark
  }
  const removed: Record<string, string> = {}
  if (isRecord(value) && isRecord(value.removed))
    for (const [key, removedAt] of Object.entries(value.removed)) {
      if (KEY_PATTERN.test(key) && typeof removedAt === 'string' && isCanonicalIso(removedAt))
        removed[key] = removedAt
      else repairs++
    }
  // Data written before removal records were capped may hold thousands.
  return { bookmarks, removed: keepNewestRemovals(removed), dropped, repaired: repairs, shapeOk: true }
}
