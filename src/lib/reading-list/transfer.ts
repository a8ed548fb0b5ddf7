// Export and import of the reading list: a versioned JSON file (with titles, so people can read it) and a Markdown
// list grouped by status. Only the reading-list page imports this, so it loads with that page, not at start-up.
import type { Career } from '@/content/schema'
import { describeSavedItem } from './describe'
import {
  BOOKMARK_STATUSES,
  bookmarkStatusLabel,
  bookmarkKey,
  type BookmarkData,
  type Bookmarks,
  type ReadingListData,
} from './model'
import { isRecord, readBookmarkData } from './validate'
import { fill, messages, plural } from '@/lib/i18n/runtime'

export const EXPORT_FORMAT_VERSION = 1
export const IMPORT_MAX_BYTES = 1_000_000

const APP = 'career-explorer'
const DATA = 'reading-list'

const byDateSaved = (a: BookmarkData, b: BookmarkData) => a.savedAt.localeCompare(b.savedAt)

/**
 * The JSON export: versioned, one bookmark per entry, title first. Items no longer listed say so. Internal
 * bookkeeping (when each entry last changed, removed items) stays out: an import is a fresh change.
 */
export function toExportJson(bookmarks: Bookmarks, careers: readonly Career[], now: Date): string {
  const entries = Object.values(bookmarks)
    .sort(byDateSaved)
    .map(({ title, careerId, kind, itemId, status, note, savedAt }) => ({
      title,
      careerId,
      kind,
      itemId,
      status,
      note,
      savedAt,
      ...(!describeSavedItem(careers, { careerId, kind, itemId, title }).listed && { listed: false }),
    }))
  const file = {
    app: APP,
    data: DATA,
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    bookmarks: entries,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** Markdown characters that would change how a title or note reads, escaped. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, '\\$&')

/** The Markdown export: a heading per status (saved, reading, done), each item with what it is and its note. */
export function toMarkdown(bookmarks: Bookmarks, careers: readonly Career[], now: Date): string {
  const all = Object.values(bookmarks).sort(byDateSaved)
  const done = all.filter((b) => b.status === 'done').length
  const t = messages().readingList.markdown
  const lines = [
    `# ${t.title}`,
    '',
    fill(t.exported, { date: now.toISOString().slice(0, 10), done, total: all.length }),
  ]
  for (const status of BOOKMARK_STATUSES) {
    const group = all.filter((b) => b.status === status)
    lines.push('', `## ${fill(t.group, { status: bookmarkStatusLabel(status), count: group.length })}`, '')
    if (group.length === 0) lines.push(t.nothing)
    for (const bookmark of group) {
      const item = describeSavedItem(careers, bookmark)
      const about = item.listed
        ? fill(messages().readingList.item.byline, { byline: item.byline, career: item.career.title })
        : fill(t.noLonger, { kind: item.kindLabel })
      lines.push(`- **${escapeMarkdown(item.title)}** — ${escapeMarkdown(about)}`)
      if (bookmark.note.trim()) {
        const [first, ...rest] = bookmark.note.trim().split(/\r?\n/)
        lines.push(
          `  ${fill(t.note, { note: escapeMarkdown(first ?? '') })}`,
          ...rest.map((line) => `  ${escapeMarkdown(line)}`),
        )
      }
    }
  }
  return `${lines.join('\n')}\n`
}

export type ImportResult =
  | {
      readonly ok: true
      readonly bookmarks: readonly BookmarkData[]
      /** Titles of the entries that have left the content and are taken back because they were on this list. */
      readonly noLongerListed: readonly string[]
    }
  | { readonly ok: false; readonly message: string }

const fail = (message: string): ImportResult => ({
  ok: false,
  message: fill(messages().readingList.import.nothing, { message }),
})

/** Byte length of `text` as UTF-8. */
const utf8Length = (text: string) => new Blob([text]).size

/** For a file whose size is known before reading it. */
export const importTooLarge = (): ImportResult => fail(messages().readingList.import.tooLarge)

const quoteSome = (titles: readonly string[]) =>
  `${titles
    .slice(0, 3)
    .map((title) => `“${title}”`)
    .join(', ')}${titles.length > 3 ? '…' : ''}`

/**
 * Reads an export file. Anything wrong with it (not JSON, not an export, another version, over 1 MB, an entry that
 * does not fit, an id this app does not know) gives a message naming the problem and no bookmarks. An entry for an
 * item the content no longer lists is taken only when it is, or was, on `own` list (the reader's): anyone can
 * write "listed": false, so it proves nothing, and unknown items would let any file fill the list (and storage).
 */
export function parseImport(
  text: string,
  careers: readonly Career[],
  own: ReadingListData = { bookmarks: {}, removed: {} },
): ImportResult {
  if (utf8Length(text) > IMPORT_MAX_BYTES) return importTooLarge()
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return fail(messages().readingList.import.notJson)
  }
  if (
    !isRecord(value) ||
    value.app !== APP ||
    value.data !== DATA ||
    typeof value.version !== 'number' ||
    !Array.isArray(value.bookmarks)
  )
    return fail(messages().readingList.import.notExport)
  if (value.version !== EXPORT_FORMAT_VERSION)
    return fail(
      fill(messages().readingList.import.version, {
        version: String(value.version),
        supported: EXPORT_FORMAT_VERSION,
      }),
    )

  const bookmarks: BookmarkData[] = []
  const seen = new Set<string>()
  const unknown: string[] = []
  const strangers: string[] = []
  const noLongerListed: string[] = []
  for (const [index, entry] of (value.bookmarks as unknown[]).entries()) {
    // The stored list's rules, but nothing is repaired: a field that breaks one rejects the file. A date written
    // another way is read (and kept in ISO form), as the stored list would read it.
    let field: string | undefined
    const bookmark = readBookmarkData(entry, (name, readable) => {
      if (!readable) field ??= name
    })
    const listed = isRecord(entry) ? entry.listed : undefined
    if (field === undefined && listed !== undefined && listed !== false) field = 'listed'
    if (!bookmark || field !== undefined)
      return fail(
        field
          ? fill(messages().readingList.import.malformedField, { number: index + 1, field })
          : fill(messages().readingList.import.malformed, { number: index + 1 }),
      )
    const key = bookmarkKey(bookmark)
    if (seen.has(key)) return fail(fill(messages().readingList.import.repeat, { number: index + 1 }))
    seen.add(key)
    if (!describeSavedItem(careers, bookmark).listed) {
      if (listed !== false) unknown.push(bookmark.title)
      else if (key in own.bookmarks || key in own.removed) noLongerListed.push(bookmark.title)
      else strangers.push(bookmark.title)
    }
    bookmarks.push(bookmark)
  }
  if (unknown.length > 0)
    return fail(plural(unknown.length, messages().readingList.import.unknown, { titles: quoteSome(unknown) }))
  if (strangers.length > 0)
    return fail(
      plural(strangers.length, messages().readingList.import.strangers, { titles: quoteSome(strangers) }),
    )
  return { ok: true, bookmarks, noLongerListed }
}

const STATUS_RANK: Record<BookmarkData['status'], number> = { saved: 0, reading: 1, done: 2 }

/**
 * Adds imported bookmarks to the list. For an item on both: the status further along, and the list's own note
 * unless it has none; the list's own date saved stays (the page shows no date, and a file saved at other times, say
 * another browser's export, would otherwise report items as updated that look just as they did). Unchanged
 * entries keep their identity, so only real changes are written and counted.
 */
export function mergeImported(
  current: Bookmarks,
  imported: readonly BookmarkData[],
): { bookmarks: Readonly<Record<string, BookmarkData>>; added: number; updated: number } {
  const bookmarks: Record<string, BookmarkData> = { ...current }
  let added = 0
  let updated = 0
  for (const incoming of imported) {
    const key = bookmarkKey(incoming)
    const mine = bookmarks[key]
    if (!mine) {
      bookmarks[key] = incoming
      added++
      continue
    }
    const merged: BookmarkData = {
      ...mine,
      status: STATUS_RANK[incoming.status] > STATUS_RANK[mine.status] ? incoming.status : mine.status,
      note: mine.note || incoming.note,
    }
    if (merged.status !== mine.status || merged.note !== mine.note) {
      bookmarks[key] = merged
      updated++
    }
  }
  return { bookmarks, added, updated }
}

/** The list as a record by key, as the store takes it. */
export const toBookmarks = <B extends BookmarkData>(list: readonly B[]): Readonly<Record<string, B>> =>
  Object.fromEntries(list.map((bookmark) => [bookmarkKey(bookmark), bookmark]))
