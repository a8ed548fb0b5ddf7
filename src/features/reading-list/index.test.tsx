// The reading-list page through the real route: what it shows, status, note, filters in the URL, undo, import.
// The app is mounted once per journey (a few steps a reader takes in a row), not once per assertion.
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bookmarkData, bookmarkKey } from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'
import {
  FLUENT_PYTHON,
  NO_LONGER_LISTED,
  PYDATA_INDIA,
  REAL_PYTHON,
  savedBookmark,
  toRecord,
  asSeen,
} from '@/testing/reading-list-fixtures'
import { renderWithRouter } from '@/testing/render-with-router'
import { renderToString } from 'react-dom/server'
import { ReadingListPage } from '.'

const store = () => useReadingListStore.getState()

function seed() {
  useReadingListStore.setState({
    bookmarks: toRecord(
      savedBookmark(FLUENT_PYTHON, { status: 'reading', savedAt: '2026-11-20T10:00:00.000Z' }),
      savedBookmark(PYDATA_INDIA, { status: 'done', savedAt: '2026-11-22T10:00:00.000Z' }),
      savedBookmark(REAL_PYTHON, { savedAt: '2026-11-21T10:00:00.000Z' }),
    ),
  })
}

async function openPage(path = '/reading-list') {
  const rendered = renderWithRouter(path)
  await screen.findByRole('heading', { level: 1, name: 'Reading list' })
  // The stored list is read, then the careers its items come from are loaded.
  await waitFor(() => expect(screen.queryByText('Loading your reading list…')).not.toBeInTheDocument())
  return rendered
}

const savedTitles = () =>
  within(screen.getByRole('region', { name: 'Saved items' }))
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)

describe('before the stored list has been read (prerendered on the server)', () => {
  it('says it is loading, never that the list is empty, and shows no count', () => {
    const html = renderToString(<ReadingListPage search={{}} onSearchChange={() => undefined} />)
    expect(html).toContain('aria-busy="true"')
    expect(html).toContain('Loading your reading list…')
    expect(html).not.toContain('Nothing saved yet')
    expect(html).not.toMatch(/\d+ of \d+ done|saved item/)
  })

  it('without JavaScript, says the list needs it instead of loading for ever', () => {
    const container = document.createElement('div')
    container.innerHTML = renderToString(<ReadingListPage search={{}} onSearchChange={() => undefined} />)
    // "Loading" is for pages whose code runs (styles.css hides it without JavaScript); the note is for the others.
    expect(container.querySelector('[aria-busy="true"]')).toHaveAttribute('data-needs-js')
    expect(container.querySelector('[data-no-js]')).toHaveTextContent(
      'Your reading list is kept in this browser’s storage, and showing it needs JavaScript, which is off here.',
    )
  })
})

describe('the empty reading list', () => {
  it('says nothing is saved yet and leads to the careers', async () => {
    await openPage()
    expect(screen.getByRole('heading', { level: 2, name: 'Nothing saved yet' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Browse the careers' })).toHaveAttribute('href', '/')
  })
})

describe('the reading list with items', () => {
  beforeEach(seed)

  it('shows each item, newest first, with progress in words and as a bar; a note and a status per item, progress following', async () => {
    await openPage()
    // Each item: its title, kind, author or format, and why it matters.
    expect(savedTitles()).toEqual(['PyData India', 'Real Python', 'Fluent Python (2nd Edition)'])
    const fluent = screen.getByRole('heading', { name: 'Fluent Python (2nd Edition)' }).closest('li')!
    expect(fluent).toHaveTextContent('Book · by Luciano Ramalho · Python Developer')
    expect(fluent).toHaveTextContent('The single most important Python book')
    expect(within(fluent).getByRole('link', { name: 'Fluent Python (2nd Edition)' })).toHaveAttribute(
      'href',
      '/careers/python-developer#resources-fluent-python',
    )
    const pydata = screen.getByRole('heading', { name: 'PyData India' }).closest('li')!
    expect(pydata).toHaveTextContent('Community · In-person + Meetup · Python Developer')

    // Progress, in words and as a bar.
    expect(screen.getByText('1 of 3 done')).toBeInTheDocument()
    const bar = screen.getByRole('progressbar', { name: '1 of 3 done' })
    expect(bar).toHaveAttribute('value', '1')
    expect(bar).toHaveAttribute('max', '3')

    // A note per item, counting characters up to 500.
    const note = screen.getByRole('textbox', { name: 'Note on Real Python' })
    expect(note).toHaveAccessibleDescription('0 of 500 characters')
    await userEvent.type(note, 'Start with the async tutorials')
    expect(store().bookmarks[bookmarkKey(REAL_PYTHON)]?.note).toBe('Start with the async tutorials')
    expect(note).toHaveAccessibleDescription('30 of 500 characters')
    expect(note).toHaveAttribute('maxLength', '500')

    // A status per item, and progress follows.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status of Real Python' }), 'Done')
    expect(store().bookmarks[bookmarkKey(REAL_PYTHON)]?.status).toBe('done')
    expect(screen.getByRole('progressbar', { name: '2 of 3 done' })).toBeInTheDocument()
  })

  it('filters by kind and status, and sorts, keeping the choice in the URL', async () => {
    const { router } = await openPage()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Resources')
    expect(savedTitles()).toEqual(['Real Python', 'Fluent Python (2nd Edition)'])
    expect(router.state.location.search).toEqual({ kind: 'resource' })
    expect(screen.getByText('Showing 2 of 3 saved items.')).toBeInTheDocument()

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Title')
    expect(savedTitles()).toEqual(['Fluent Python (2nd Edition)', 'Real Python'])

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Done')
    expect(savedTitles()).toEqual([])
    expect(screen.getByText('No saved items match these filters.')).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ kind: 'resource', sort: 'title', status: 'done' })

    await userEvent.click(screen.getByRole('button', { name: 'Show every saved item' }))
    expect(router.state.location.search).toEqual({ sort: 'title' })
    expect(savedTitles()).toHaveLength(3)
  })

  it('opens with the filter and sort of a shared link, falls back to the defaults for values it does not know, and sorts by kind', async () => {
    const { router } = await openPage('/reading-list?kind=community&sort=kind')
    expect(savedTitles()).toEqual(['PyData India'])
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('community')

    await act(() => router.navigate({ href: '/reading-list?kind=podcasts&status=%3Cb%3E&sort=42' }))
    expect(savedTitles()).toHaveLength(3)
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('')
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('')

    // By kind: books, then communities, then the web.
    await act(() => router.navigate({ href: '/reading-list?sort=kind' }))
    expect(savedTitles()).toEqual(['Fluent Python (2nd Edition)', 'PyData India', 'Real Python'])
  })

  it('clears only after confirmation and removes items, each with an undo that puts back exactly what it changed', async () => {
    store().setNote(bookmarkKey(REAL_PYTHON), 'my note')
    const before = store().bookmarks
    await openPage()

    // Clearing asks first; Cancel and Escape change nothing and return focus to the button.
    await userEvent.click(screen.getByRole('button', { name: 'Clear the list…' }))
    expect(screen.getByRole('group', { name: 'Remove all 3 saved items? You can undo this straight after.' }))
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(store().bookmarks).toBe(before)
    expect(screen.getByRole('button', { name: 'Clear the list…' })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Clear the list…' }))
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('button', { name: 'Yes, clear the list' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Clear the list…' })).toHaveFocus()
    expect(store().bookmarks).toBe(before)

    await userEvent.click(screen.getByRole('button', { name: 'Clear the list…' }))
    await userEvent.click(screen.getByRole('button', { name: 'Yes, clear the list' }))
    expect(store().bookmarks).toEqual({})
    expect(screen.getByRole('heading', { name: 'Nothing saved yet' })).toBeInTheDocument()
    expect(screen.getByText('Cleared 3 saved items.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(asSeen(store().bookmarks)).toEqual(asSeen(before))

    // One removal: undo puts the item back as it was, note included, and focuses it.
    const real = store().bookmarks[bookmarkKey(REAL_PYTHON)]
    await userEvent.click(screen.getByRole('button', { name: 'Remove Real Python' }))
    expect(savedTitles()).not.toContain('Real Python')
    // Said by a live region of its own; the Undo button, which takes focus, is not inside it.
    const said = screen.getByText('Removed “Real Python”.')
    expect(said).toHaveAttribute('role', 'status')
    expect(said).not.toContainElement(screen.getByRole('button', { name: 'Undo' }))
    const undo = screen.getByRole('button', { name: 'Undo' })
    expect(undo).toHaveFocus()
    await userEvent.click(undo)
    expect(bookmarkData(store().bookmarks[bookmarkKey(REAL_PYTHON)]!)).toEqual(bookmarkData(real!))
    expect(screen.getByRole('heading', { level: 3, name: 'Real Python' })).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()

    // Several quick removals: each undone, newest first, focusing Undo until the last.
    const all = store().bookmarks
    for (const title of ['Real Python', 'PyData India', 'Fluent Python (2nd Edition)']) {
      await userEvent.click(screen.getByRole('button', { name: `Remove ${title}` }))
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }))
    }
    expect(
      screen.getByText(/Removed “Fluent Python \(2nd Edition\)”\. 2 earlier changes can be undone too\./),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByText(/Removed “PyData India”\. 1 earlier change can be undone too\./))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }))
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(asSeen(store().bookmarks)).toEqual(asSeen(all))
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Real Python' }))
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()

    // An undo is no longer offered once its item has changed since.
    await userEvent.click(screen.getByRole('button', { name: 'Remove Real Python' }))
    act(() => store().toggle(REAL_PYTHON))
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
  })

  it('moves focus to a named element when a status change hides a row, and after "Show every saved item"', async () => {
    act(() => store().setStatus(bookmarkKey(REAL_PYTHON), 'reading'))
    await openPage('/reading-list?status=reading')
    expect(savedTitles()).toEqual(['Real Python', 'Fluent Python (2nd Edition)'])
    // A status change that hides the row under a status filter: the row in its place.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status of Real Python' }), 'Done')
    expect(savedTitles()).toEqual(['Fluent Python (2nd Edition)'])
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 3, name: 'Fluent Python (2nd Edition)' }),
    )
    // The last row gone: the way back to every item.
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Status of Fluent Python (2nd Edition)' }),
      'Saved',
    )
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show every saved item' }))
    // "Show every saved item" puts focus on the saved items heading.
    await userEvent.click(screen.getByRole('button', { name: 'Show every saved item' }))
    expect(savedTitles()).toHaveLength(3)
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Saved items' }))
  })

  it('keeps a bookmark whose item is no longer listed, and says so', async () => {
    store().restore([savedBookmark(NO_LONGER_LISTED, { note: 'find a copy' })])
    await openPage()
    const item = screen.getByRole('heading', { name: 'A book the page has since dropped' }).closest('li')!
    expect(item).toHaveTextContent('No longer listed')
    expect(item).toHaveTextContent('The Python Developer page no longer lists this item.')
    expect(within(item).queryByRole('link')).not.toBeInTheDocument()
    expect(within(item).getByRole('textbox', { name: /Note on/ })).toHaveValue('find a copy')
  })
})

describe('backups', () => {
  const BACKUP = 'career-explorer:reading-list:backup'

  it('stay listed on the page across reloads until the reader deletes them, after confirming', async () => {
    localStorage.setItem(BACKUP, '{')
    localStorage.setItem(`${BACKUP}:1764590400000`, '[]')
    const { unmount } = await openPage()
    let backups = screen.getByRole('region', { name: 'Backups' })
    expect(within(backups).getAllByRole('listitem')).toHaveLength(2)
    expect(backups).toHaveTextContent('Saved data the app could not read as it was, kept as found')

    unmount()
    await openPage()
    backups = screen.getByRole('region', { name: 'Backups' })
    const deletes = within(backups).getAllByRole('button', { name: /^Delete backup of / })
    expect(deletes).toHaveLength(2)
    await userEvent.click(deletes[0]!)
    const cancel = within(backups).getByRole('button', { name: 'Cancel' })
    expect(document.activeElement).toBe(cancel)
    await userEvent.click(cancel)
    expect(document.activeElement).toBe(
      within(backups).getAllByRole('button', { name: /^Delete backup of / })[0],
    )

    await userEvent.click(within(backups).getAllByRole('button', { name: /^Delete backup of / })[0]!)
    await userEvent.click(within(backups).getByRole('button', { name: 'Yes, delete it' }))
    expect(within(backups).getAllByRole('listitem')).toHaveLength(1)
    expect(document.activeElement).toBe(within(backups).getByRole('heading', { name: 'Backups' }))
    expect(localStorage.getItem(`${BACKUP}:1764590400000`)).toBeNull()
    expect(localStorage.getItem(BACKUP)).toBe('{')

    await userEvent.click(
      within(backups).getByRole('button', {
        name: 'Delete backup of the data first found unreadable, 1 character…',
      }),
    )
    await userEvent.click(within(backups).getByRole('button', { name: 'Yes, delete it' }))
    expect(screen.queryByRole('region', { name: 'Backups' })).not.toBeInTheDocument()
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Reading list' }))
  })
})

describe('export and import', () => {
  let downloads: Blob[]
  beforeEach(() => {
    downloads = []
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        downloads.push(blob)
        return 'blob:export'
      },
      revokeObjectURL: () => undefined,
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  const file = (text: string, name = 'list.json') => new File([text], name, { type: 'application/json' })
  const importField = () => screen.getByLabelText('Import a JSON export')

  it('exports JSON and Markdown; imports that change nothing say so; a JSON export imports back, and undo keeps later edits', async () => {
    seed()
    const before = store().bookmarks
    await openPage()
    await userEvent.click(screen.getByRole('button', { name: 'Export as JSON' }))
    await userEvent.click(screen.getByRole('button', { name: 'Export as Markdown' }))
    const [json, markdown] = await Promise.all(downloads.map((blob) => blob.text()))
    expect(JSON.parse(json!)).toMatchObject({ app: 'career-explorer', data: 'reading-list', version: 1 })
    expect(markdown).toContain('## Reading (1)')

    // An import that changes nothing says so, with nothing to undo.
    await userEvent.upload(importField(), file(json!))
    expect(await screen.findByText('Imported list.json: 0 items added, 0 updated.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()

    // Nor does one of the same items, statuses and notes, saved at other times elsewhere.
    const elsewhere = JSON.parse(json!) as { bookmarks: { savedAt: string }[] }
    // The same list as another browser holds it: each item first saved there a week earlier.
    for (const entry of elsewhere.bookmarks)
      entry.savedAt = new Date(Date.parse(entry.savedAt) - 7 * 86_400_000).toISOString()
    await userEvent.upload(importField(), file(JSON.stringify(elsewhere), 'elsewhere.json'))
    expect(await screen.findByText('Imported elsewhere.json: 0 items added, 0 updated.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    expect(store().bookmarks).toBe(before)

    // Into an empty list, the export brings back every item as it was.
    act(() => store().replace({}))
    await userEvent.upload(importField(), file(json!))
    expect(await screen.findByText('Imported list.json: 3 items added, 0 updated.')).toBeInTheDocument()
    expect(asSeen(store().bookmarks)).toEqual(asSeen(before))

    // Undo after an import keeps notes and statuses edited since.
    await userEvent.type(screen.getByRole('textbox', { name: 'Note on Real Python' }), 'async first')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status of PyData India' }), 'Reading')
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(savedTitles()).toEqual(['PyData India', 'Real Python'])
    expect(store().bookmarks[bookmarkKey(REAL_PYTHON)]?.note).toBe('async first')
    expect(store().bookmarks[bookmarkKey(PYDATA_INDIA)]?.status).toBe('reading')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Reading list' }))
  })

  it('replace asks first, keeps the replaced list as a backup that outlives a reload, can be undone, and refuses when that backup cannot be kept', async () => {
    seed()
    const before = store().bookmarks
    const { unmount } = await openPage()
    await userEvent.click(screen.getByRole('button', { name: 'Export as JSON' }))
    const exported = JSON.parse(await downloads[0]!.text()) as { bookmarks: unknown[] }
    const empty = JSON.stringify({ ...exported, bookmarks: [] })

    await userEvent.click(screen.getByRole('radio', { name: 'Replace my list with it' }))
    await userEvent.upload(importField(), file(empty, 'empty.json'))
    const confirm = await screen.findByRole('group', {
      name: /^Replace 3 saved items with 0 from empty\.json\?/,
    })
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(store().bookmarks).toBe(before)

    // Cancel changes nothing and returns to the file field.
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(store().bookmarks).toBe(before)
    expect(document.activeElement).toBe(importField())

    await userEvent.upload(importField(), file(empty, 'empty.json'))
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, replace my list' }))
    expect(store().bookmarks).toEqual({})
    expect(
      screen.getByText(
        'Replaced your list with the 0 items from empty.json. Your previous list is kept under Backups.',
      ),
    ).toBeInTheDocument()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }))

    // A reload: the undo is gone, the backup is not.
    unmount()
    await openPage()
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    const backups = screen.getByRole('region', { name: 'Backups' })
    expect(backups).toHaveTextContent('Your list as it was before an import replaced it')
    await userEvent.click(within(backups).getByRole('button', { name: 'Merge it back into my list' }))
    expect(asSeen(store().bookmarks)).toEqual(asSeen(before))

    // Replace refuses, losing nothing, when the replaced list cannot be kept as a backup.
    const merged = store().bookmarks
    await userEvent.click(screen.getByRole('radio', { name: 'Replace my list with it' }))
    await userEvent.upload(importField(), file(empty, 'empty.json'))
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, replace my list' }))
    // (The backups' own alert is on the page too, empty.)
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContainEqual(
      expect.stringMatching(/could not be kept as a backup.*Nothing was imported\./),
    )
    expect(store().bookmarks).toBe(merged)
    expect(document.activeElement).toBe(importField())
  })

  const MALFORMED: [string, string, RegExp][] = [
    ['not JSON', 'this is not json', /could not be read as JSON/],
    ['the wrong shape', '{"hello":"world"}', /not a Career Explorer reading-list export/],
    [
      'another version',
      '{"app":"career-explorer","data":"reading-list","version":9,"bookmarks":[]}',
      /version 9/,
    ],
    [
      'an unknown id',
      JSON.stringify({
        app: 'career-explorer',
        data: 'reading-list',
        version: 1,
        bookmarks: [{ ...savedBookmark(FLUENT_PYTHON), itemId: 'no-such-book', title: 'No such book' }],
      }),
      /does not know: “No such book”/,
    ],
    ['more than 1 MB', `{"pad":"${'x'.repeat(1_000_001)}"}`, /larger than 1 MB/],
  ]
  it(`a file with ${MALFORMED.map(([name]) => name).join(', ')} gets a clear message and changes nothing`, async () => {
    seed()
    const before = store().bookmarks
    await openPage()
    for (const [, text, message] of MALFORMED) {
      await userEvent.upload(importField(), file(text))
      const alert = await screen.findByRole('alert')
      await vi.waitFor(() => expect(alert).toHaveTextContent(message))
      expect(alert).toHaveTextContent('Nothing was imported.')
      expect(importField()).toHaveAttribute('aria-invalid', 'true')
      expect(importField()).toHaveAccessibleDescription(message)
      expect(store().bookmarks).toBe(before)
    }
  })
})
