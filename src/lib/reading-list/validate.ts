// The rules a bookmark follows, in one place: the stored list is read by them (and repaired where it breaks them,
// `sanitizeReadingList`, the validating half of the store's `merge`), and so is an imported file (rejected where it
// breaks them, transfer.ts). Hand-written rather than zod/mini: this runs at start-up, so it ships in the entry
// chunk, where zod/mini cost 5.5 kB gzip and pushed the app past its 110 kB budget. properties.test.ts checks it
// against any JSON value.
import {
  BOOKMARK_KINDS,
  BOOKMARK_STATUSES,
  NOTE_MAX_LENGTH,
  bookmarkKey,
  keepNewestRemovals,
  type Bookmark,
  type BookmarkData,
  type Bookmarks,
  type ReadingListData,
} from './model'

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Content ids are kebab-case (see content/schema.ts); anything else cannot refer to an item. */
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*'
const CONTENT_ID_PATTERN = new RegExp(`^${ID}$`)
const isContentId = (value: unknown): value is string =>
  typeof value === 'string' && CONTENT_ID_PATTERN.test(value)
const KEY_PATTERN = new RegExp(`^${ID}/(?:${BOOKMARK_KINDS.join('|')})/${ID}$`)

export const TITLE_MAX_LENGTH = 300
export const EPOCH_ISO = new Date(0).toISOString()

/**
 * The one date rule: a date is text the browser reads as a date, and the list keeps it in ISO form
 * (`2026-11-20` is kept as `2026-11-20T00:00:00.000Z`). Undefined for anything else.
 */
export function readDate(value: unknown): string | undefined {
  const time = typeof value === 'string' ? Date.parse(value) : NaN
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.some((v) => v === value)

/**
 * Told about each field that is not as the list keeps it: `readable` when only its form changes (a date written
 * another way, taken in ISO form), otherwise it breaks a rule and a stand-in is used.
 */
export type FieldProblem = (field: string, readable?: boolean) => void

/** A date field in the list's form: as it is, in ISO form, or 1970 when it is not a date at all. */
export function dateField(field: string, value: unknown, problem: FieldProblem): string {
  const date = readDate(value)
  if (date !== value) problem(field, date !== undefined)
  return date ?? EPOCH_ISO
}

/**
 * One bookmark's data. Its identity (career, kind, item id) must be valid or there is no bookmark (the field is
 * named to `problem`). Every other field that breaks a rule is named and replaced: an unknown status reads as saved,
 * an over-long note is cut to the limit, a date that is not one becomes 1970, a title that is empty or over
 * 300 characters becomes '' (a stored entry then shows its item id; an imported file is rejected).
 */
export function readBookmarkData(entry: unknown, problem: FieldProblem): BookmarkData | undefined {
  if (!isRecord(entry)) return void problem('')
  const { careerId, kind, itemId, title, status, note, savedAt } = entry
  if (!isContentId(careerId)) return void problem('careerId')
  if (!oneOf(BOOKMARK_KINDS, kind)) return void problem('kind')
  if (!isContentId(itemId)) return void problem('itemId')
  const trimmed = typeof title === 'string' ? title.trim() : ''
  const checked = <T>(field: string, ok: boolean, value: T, standIn: T) =>
    ok ? value : (problem(field), standIn)
  return {
    careerId,
    kind,
    itemId,
    title: checked('title', trimmed.length >= 1 && trimmed.length <= TITLE_MAX_LENGTH, trimmed, ''),
    status: checked('status', oneOf(BOOKMARK_STATUSES, status), status as Bookmark['status'], 'saved'),
    note: checked(
      'note',
      typeof note === 'string' && note.length <= NOTE_MAX_LENGTH,
      note as string,
      typeof note === 'string' ? note.slice(0, NOTE_MAX_LENGTH) : '',
    ),
    savedAt: dateField('savedAt', savedAt, problem),
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
  const bookmarks: Record<string, Bookmark> = {}
  let dropped = 0
  for (const entry of entries) {
    let bookmark = knownEntry(entry, known)
    if (!bookmark) {
      // Repairs count only for an entry that is kept.
      let fixes = 0
      const fix = () => {
        fixes++
      }
      const data = readBookmarkData(entry, fix)
      if (!data) {
        dropped++
        continue
      }
      const updatedAt = dateField('updatedAt', (entry as Record<string, unknown>).updatedAt, fix)
      repairs += fixes
      bookmark = { ...data, title: data.title || data.itemId, updatedAt }
    }
    const key = bookmarkKey(bookmark)
    if (key in bookmarks) dropped++
    else bookmarks[key] = bookmark
  }
  const removed: Record<string, string> = {}
  if (isRecord(value) && isRecord(value.removed))
    for (const [key, removedAt] of Object.entries(value.removed)) {
      if (KEY_PATTERN.test(key) && typeof removedAt === 'string' && readDate(removedAt) === removedAt)
        removed[key] = removedAt
      else repairs++
    }
  // Data written before removal records were capped may hold thousands.
  return { bookmarks, removed: keepNewestRemovals(removed), dropped, repaired: repairs, shapeOk: true }
}
