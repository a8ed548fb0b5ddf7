import { describe, expect, it } from 'vitest'
import { allCareers } from '@/content/all-careers'
import {
  FLUENT_PYTHON,
  NO_LONGER_LISTED,
  PYDATA_INDIA,
  REAL_PYTHON,
  savedBookmark,
  toRecord,
} from '@/testing/reading-list-fixtures'
import { bookmarkData, bookmarkKey } from './model'
import { IMPORT_MAX_BYTES, mergeImported, parseImport, toExportJson, toMarkdown } from './transfer'
import { EPOCH_ISO, sanitizeReadingList } from './validate'

const careers = allCareers
const NOW = new Date('2026-11-26T09:00:00.000Z')
const fluent = savedBookmark(FLUENT_PYTHON, { status: 'reading', note: 'Chapter 3 *first*\nthen 4' })
const pydata = savedBookmark(PYDATA_INDIA, { status: 'done', savedAt: '2026-11-21T10:00:00.000Z' })
const gone = savedBookmark(NO_LONGER_LISTED, { savedAt: '2026-11-22T10:00:00.000Z' })

describe('toExportJson', () => {
  it('writes a versioned file with titles, oldest first, marking items no longer listed', () => {
    const file = JSON.parse(toExportJson(toRecord(gone, pydata, fluent), careers, NOW)) as Record<
      string,
      unknown
    >
    expect(file).toEqual({
      app: 'career-explorer',
      data: 'reading-list',
      version: 1,
      exportedAt: '2026-11-26T09:00:00.000Z',
      bookmarks: [bookmarkData(fluent), bookmarkData(pydata), { ...bookmarkData(gone), listed: false }],
    })
    expect(Object.keys((file.bookmarks as object[])[0]!)[0]).toBe('title')
  })
})

describe('toMarkdown', () => {
  it('groups items by status, with what each is and its note', () => {
    expect(toMarkdown(toRecord(fluent, pydata, gone), careers, NOW)).toBe(
      [
        '# Reading list',
        '',
        'Exported from Career Explorer on 2026-11-26: 1 of 3 done.',
        '',
        '## Saved (1)',
        '',
        '- **A book the page has since dropped** — Resource · no longer listed',
        '',
        '## Reading (1)',
        '',
        '- **Fluent Python (2nd Edition)** — Book · by Luciano Ramalho · Python Developer',
        '  Note: Chapter 3 \\*first\\*',
        '  then 4',
        '',
        '## Done (1)',
        '',
        '- **PyData India** — Community · In-person + Meetup · Python Developer',
        '',
      ].join('\n'),
    )
  })

  it('says so for a status with nothing in it', () => {
    expect(toMarkdown({}, careers, NOW)).toContain('## Done (0)\n\nNothing here.')
  })
})

describe('parseImport', () => {
  const exported = toExportJson(toRecord(fluent, pydata, gone), careers, NOW)

  it('reads an export back, no-longer-listed items included when they were on this list, and names them', () => {
    const own = { bookmarks: toRecord(gone), removed: {} }
    expect(parseImport(exported, careers, own)).toEqual({
      ok: true,
      bookmarks: [fluent, pydata, gone].map(bookmarkData),
      noLongerListed: [gone.title],
    })
    // Removed from this list since: still the reader's own item.
    const removed = { bookmarks: {}, removed: { [bookmarkKey(gone)]: '2026-11-30T00:00:00.000Z' } }
    expect(parseImport(exported, careers, removed)).toMatchObject({ ok: true, noLongerListed: [gone.title] })
  })

  it('refuses "listed": false entries that the content does not know and that were never on this list', () => {
    const fakes = Array.from({ length: 3000 }, (_, index) => ({
      ...bookmarkData(gone),
      itemId: `fake-${index}`,
      title: `Fake ${index}`,
      listed: false,
    }))
    const text = JSON.stringify({
      app: 'career-explorer',
      data: 'reading-list',
      version: 1,
      bookmarks: fakes,
    })
    expect(parseImport(text, careers, { bookmarks: toRecord(fluent), removed: {} })).toEqual({
      ok: false,
      message:
        'This file has 3,000 items marked as no longer listed that no career page lists and that were never on your list in this browser: “Fake 0”, “Fake 1”, “Fake 2”…. Nothing was imported.',
    })
  })

  const file = (bookmarks: unknown[], extra: object = {}) =>
    JSON.stringify({ app: 'career-explorer', data: 'reading-list', version: 1, bookmarks, ...extra })

  const REJECTED: [string, string, string][] = [
    ['not JSON', '{"app":', 'This file could not be read as JSON. Nothing was imported.'],
    [
      'JSON but not an export',
      '[1,2,3]',
      'This file is not a Career Explorer reading-list export. Nothing was imported.',
    ],
    [
      'another version',
      file([], { version: 2 }),
      'This export is in format version 2; this app reads version 1. Nothing was imported.',
    ],
    [
      'a malformed entry',
      file([fluent, { ...pydata, status: 'finished' }]),
      'Entry 2 in this file is malformed (status). Nothing was imported.',
    ],
    [
      'a note over 500 characters',
      file([{ ...fluent, note: 'x'.repeat(501) }]),
      'Entry 1 in this file is malformed (note). Nothing was imported.',
    ],
    [
      'the same item twice',
      file([fluent, fluent]),
      'Entry 2 in this file repeats an earlier one. Nothing was imported.',
    ],
    [
      'unknown ids',
      file([
        { ...fluent, itemId: 'no-such-book', title: 'No such book' },
        { ...pydata, careerId: 'astronaut' },
      ]),
      'This file refers to 2 items this app does not know: “No such book”, “PyData India”. Nothing was imported.',
    ],
    [
      'more than 1 MB',
      file([], { padding: 'x'.repeat(IMPORT_MAX_BYTES) }),
      'This file is larger than 1 MB, far too large to be a reading-list export. Nothing was imported.',
    ],
  ]
  for (const [name, text, message] of REJECTED) {
    it(`rejects ${name} with a clear message`, () => {
      expect(parseImport(text, careers)).toEqual({ ok: false, message })
    })
  }
})

describe('mergeImported', () => {
  it('adds new items and, for items on both, keeps the further status, my own date saved and my own note', () => {
    const mine = savedBookmark(FLUENT_PYTHON, {
      status: 'saved',
      note: 'mine',
      savedAt: '2026-11-25T00:00:00.000Z',
    })
    const real = savedBookmark(REAL_PYTHON)
    const current = toRecord(mine, real)
    const theirs = { ...mine, status: 'done' as const, note: 'theirs', savedAt: '2026-11-01T00:00:00.000Z' }
    const result = mergeImported(current, [theirs, real, pydata])
    expect(result.added).toBe(1)
    expect(result.updated).toBe(1)
    expect(result.bookmarks).toEqual(toRecord({ ...mine, status: 'done' }, real, pydata))
    // An entry the import does not change stays the same object, so it is not rewritten.
    expect(Object.values(result.bookmarks)[1]).toBe(real)
  })

  it('an item the file holds as the list does, saved there at another time, is not updated', () => {
    const mine = savedBookmark(FLUENT_PYTHON, { status: 'reading', note: 'ch. 2' })
    const result = mergeImported(toRecord(mine), [{ ...mine, savedAt: '2025-01-01T00:00:00.000Z' }])
    expect(result).toMatchObject({ added: 0, updated: 0 })
    expect(Object.values(result.bookmarks)[0]).toBe(mine)
  })

  it('takes the imported note when mine is empty', () => {
    const mine = savedBookmark(FLUENT_PYTHON)
    expect(mergeImported(toRecord(mine), [{ ...mine, note: 'theirs' }]).bookmarks).toEqual(
      toRecord({ ...mine, note: 'theirs' }),
    )
  })
})

describe('one rule for a bookmark, stored or imported', () => {
  const exportWith = (entry: object) =>
    JSON.stringify({ app: 'career-explorer', data: 'reading-list', version: 1, bookmarks: [entry] })
  const entry = { ...bookmarkData(fluent), title: fluent.title }

  it.each([
    ['an ISO date', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z'],
    ['a date written another way', '2026-11-20', '2026-11-20T00:00:00.000Z'],
    ['words', 'yesterday', undefined],
    ['milliseconds', 1_763_632_800_000, undefined],
    ['nothing', null, undefined],
  ])('a saved date given as %s is read the same way by both', (_, savedAt, date) => {
    const stored = sanitizeReadingList({ bookmarks: [{ ...fluent, savedAt }] })
    expect(stored.bookmarks[bookmarkKey(fluent)]?.savedAt).toBe(date ?? EPOCH_ISO)
    // Stored data is kept in ISO form, so any other form is a repair; an import only rejects what is not a date.
    expect(stored.repaired).toBe(savedAt === date ? 0 : 1)
    const imported = parseImport(exportWith({ ...entry, savedAt }), careers)
    if (date === undefined)
      expect(imported).toEqual({
        ok: false,
        message: 'Entry 1 in this file is malformed (savedAt). Nothing was imported.',
      })
    else expect(imported).toMatchObject({ ok: true, bookmarks: [{ ...entry, savedAt: date }] })
  })

  it.each([
    ['an empty title', { title: '  ' }, 'title'],
    ['a title over 300 characters', { title: 'x'.repeat(301) }, 'title'],
    ['an unknown status', { status: 'finished' }, 'status'],
    ['an item id that is not one', { itemId: 'Not An Id' }, 'itemId'],
    ['an unknown kind', { kind: 'podcast' }, 'kind'],
  ])('%s is repaired or dropped in the stored list, and rejects an imported file', (_, change, field) => {
    const stored = sanitizeReadingList({ bookmarks: [{ ...fluent, ...change }] })
    expect(stored.repaired + stored.dropped).toBe(1)
    expect(parseImport(exportWith({ ...entry, ...change }), careers)).toEqual({
      ok: false,
      message: `Entry 1 in this file is malformed (${field}). Nothing was imported.`,
    })
  })

  it('"listed" may only say false', () => {
    expect(parseImport(exportWith({ ...entry, listed: true }), careers)).toEqual({
      ok: false,
      message: 'Entry 1 in this file is malformed (listed). Nothing was imported.',
    })
  })
})
