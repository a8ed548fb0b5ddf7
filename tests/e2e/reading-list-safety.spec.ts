// Nothing the reader saved is ever lost: undo, replace, full storage, backups, fake items, focus, newer versions.
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../support/chromium.mjs'
import { expect, expectNoAxeViolations, test } from './fixtures'
import {
  BACKUP_KEY,
  KEY,
  contextWithStorage,
  readingListLink,
  savedTitles,
  saveToggle,
} from './reading-list-helpers'

const backupsRegion = (page: Page) => page.getByRole('region', { name: 'Backups' })
const stored = (page: Page, key = KEY) => page.evaluate((name) => localStorage.getItem(name), key)
/** The focused element's role and accessible name, as a screen reader would announce it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement
    return element ? `${element.tagName.toLowerCase()}: ${element.textContent?.trim() ?? ''}` : 'nothing'
  })

const bookmark = (itemId: string, title: string, kind = 'resource', extra: object = {}) => ({
  careerId: 'python-developer',
  kind,
  itemId,
  title,
  status: 'saved',
  note: '',
  savedAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...extra,
})
const FLUENT = bookmark('fluent-python', 'Fluent Python (2nd Edition)')
const REAL = bookmark('real-python', 'Real Python')
const PYDATA = bookmark('pydata-india', 'PyData India', 'community')

const storedList = (...bookmarks: ReturnType<typeof bookmark>[]) =>
  JSON.stringify({
    state: {
      bookmarks: Object.fromEntries(bookmarks.map((b) => [`${b.careerId}/${b.kind}/${b.itemId}`, b])),
      removed: {},
    },
    version: 1,
  })

const exportFile = (entries: object[]) =>
  Buffer.from(
    JSON.stringify({
      app: 'career-explorer',
      data: 'reading-list',
      version: 1,
      exportedAt: '2026-11-30T00:00:00.000Z',
      // An export holds what the reader sees, not when each entry last changed.
      bookmarks: entries.map((entry) =>
        Object.fromEntries(Object.entries(entry).filter(([field]) => field !== 'updatedAt')),
      ),
    }),
  )

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Import a JSON export').setInputFiles({ name, mimeType: 'application/json', buffer })
}

test('1. undo after an import reverts only the import: a note and a status edited since are kept', async ({
  page,
}) => {
  await page.goto('/reading-list')
  await importFile(page, 'three.json', exportFile([FLUENT, REAL, PYDATA]))
  await expect(page.getByRole('status').filter({ hasText: '3 items added' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Note on Real Python', exact: true }).fill('async first')
  await page.getByRole('combobox', { name: 'Status of PyData India' }).selectOption('Done')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(savedTitles(page)).toHaveText(['PyData India', 'Real Python'])
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Note on Real Python', exact: true })).toHaveValue(
    'async first',
  )
  await expect(page.getByRole('combobox', { name: 'Status of PyData India' })).toHaveValue('done')
})

test('2. with storage full, Save says so beside the button and in the header count', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem.call(this, name, value)
    }
  }, KEY)
  await page.goto('/careers/python-developer')
  const toggle = saveToggle(page, 'Real Python')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const message =
    'Saved in this tab only: this browser’s storage is full. It will be lost when you close or reload this tab.'
  await expect(toggle).toHaveAccessibleDescription(message)
  await expect(page.getByText(message, { exact: true })).toBeInViewport()
  await expect(page.getByRole('status').filter({ hasText: `Real Python: ${message}` })).toHaveCount(1)
  await expect(readingListLink(page)).toHaveAccessibleName('Reading list, 1 saved in this tab only')
  await expect(readingListLink(page)).toContainText('this tab only')
})

for (const raw of ['{', 'null', '[]', '{"state":null}']) {
  test(`3. unreadable data (${raw}) stays listed as a backup across a reload and Dismiss, until deleted`, async ({
    browser,
    baseURL,
  }) => {
    const context = await contextWithStorage(browser, baseURL!, [{ name: KEY, value: raw }])
    const page = await context.newPage()
    await page.goto('/reading-list')
    await expect(page.getByRole('status').filter({ hasText: 'could not be read in full' })).toBeVisible()
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await page.reload()
    await expect(page.getByText('could not be read in full')).toHaveCount(0)
    const backups = backupsRegion(page)
    await expect(backups.getByRole('listitem')).toHaveCount(1)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      backups.getByRole('button', { name: /^Download backup of / }).click(),
    ])
    expect(await readFile((await download.path())!, 'utf8')).toBe(raw)

    await backups.getByRole('button', { name: /^Delete backup of / }).click()
    await backups.getByRole('button', { name: 'Yes, delete it' }).click()
    await expect(backupsRegion(page)).toHaveCount(0)
    expect(await focused(page)).toBe('h1: Reading list')
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Nothing saved yet' })).toBeVisible()
    await expect(backupsRegion(page)).toHaveCount(0)
    expect(await stored(page, BACKUP_KEY)).toBeNull()
    await context.close()
  })
}

test('4. replace asks first, and the replaced list can be brought back after a reload', async ({
  browser,
  baseURL,
}) => {
  // Two axe runs: on a loaded machine this needs more than the default 30 s.
  test.setTimeout(60_000)
  const context = await contextWithStorage(browser, baseURL!, [
    { name: KEY, value: storedList(FLUENT, REAL) },
  ])
  const page = await context.newPage()
  await page.goto('/reading-list')
  await page.getByRole('radio', { name: 'Replace my list with it' }).check()
  await importFile(page, 'empty.json', exportFile([]))
  const confirm = page.getByRole('group', { name: /^Replace 2 saved items with 0 from empty\.json\?/ })
  await expect(confirm).toBeVisible()
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expect(savedTitles(page)).toHaveCount(2)
  await expectNoAxeViolations(page)

  await confirm.getByRole('button', { name: 'Yes, replace my list' }).click()
  await expect(page.getByRole('heading', { name: 'Nothing saved yet' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0)
  await backupsRegion(page).getByRole('button', { name: 'Merge it back into my list' }).click()
  await expect(savedTitles(page)).toHaveText(['Fluent Python (2nd Edition)', 'Real Python'])
  await expectNoAxeViolations(page)
  await context.close()
})

test('5. entries marked "listed": false that the content does not know are refused; nothing changes', async ({
  browser,
  baseURL,
}) => {
  const before = storedList(FLUENT)
  const context = await contextWithStorage(browser, baseURL!, [{ name: KEY, value: before }])
  const page = await context.newPage()
  await page.goto('/reading-list')
  const fakes = Array.from({ length: 500 }, (_, index) => ({
    ...bookmark(`fake-${index}`, `Fake ${index}`),
    listed: false,
  }))
  await importFile(page, 'fakes.json', exportFile(fakes))
  await expect(page.getByRole('alert')).toHaveText(
    'This file has 500 items marked as no longer listed that no career page lists and that were never on your list in this browser: “Fake 0”, “Fake 1”, “Fake 2”…. Nothing was imported.',
  )
  await expect(savedTitles(page)).toHaveText(['Fluent Python (2nd Edition)'])
  expect(await stored(page)).toBe(before)
  await context.close()
})

test('5. clearing a list of 300 items keeps at most 200 removal records in storage', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000)
  const many = Array.from({ length: 300 }, (_, index) => bookmark(`old-${index}`, `Old ${index}`))
  const context = await contextWithStorage(browser, baseURL!, [{ name: KEY, value: storedList(...many) }])
  const page = await context.newPage()
  await page.goto('/reading-list')
  // 300 rows on a slow machine take a while to appear.
  await expect(page.getByText('0 of 300 done')).toBeVisible({ timeout: 15_000 })
  await page.getByRole('button', { name: 'Clear the list…' }).click()
  await page.getByRole('button', { name: 'Yes, clear the list' }).click()
  await expect(page.getByRole('heading', { name: 'Nothing saved yet' })).toBeVisible()
  await expect
    .poll(
      async () =>
        Object.keys((JSON.parse((await stored(page))!) as { state: { removed: object } }).state.removed)
          .length,
    )
    .toBe(200)
  await context.close()
})

test('6. each of several quick removals can be undone, with focus on Undo, then on the item put back', async ({
  browser,
  baseURL,
}) => {
  const context = await contextWithStorage(browser, baseURL!, [
    { name: KEY, value: storedList(FLUENT, REAL, PYDATA) },
  ])
  const page = await context.newPage()
  await page.goto('/reading-list')
  for (const title of ['Real Python', 'PyData India', 'Fluent Python (2nd Edition)']) {
    await page.getByRole('button', { name: `Remove ${title}` }).click()
    expect(await focused(page)).toBe('button: Undo')
  }
  await expect(page.getByRole('heading', { name: 'Nothing saved yet' })).toBeVisible()
  for (let undo = 0; undo < 3; undo++) await page.getByRole('button', { name: 'Undo' }).click()
  await expect(savedTitles(page)).toHaveCount(3)
  expect(await focused(page)).toBe('h3: Real Python')
  await page.reload()
  await expect(savedTitles(page)).toHaveCount(3)
  await context.close()
})

test('7. focus lands on a named element after Show every saved item and a status change that hides the row', async ({
  browser,
  baseURL,
}) => {
  const context = await contextWithStorage(browser, baseURL!, [
    { name: KEY, value: storedList(FLUENT, { ...REAL, status: 'reading' }, PYDATA) },
  ])
  const page = await context.newPage()
  await page.goto('/reading-list?status=reading')
  await page.getByRole('combobox', { name: 'Status of Real Python' }).selectOption('Done')
  await expect(page.getByText('No saved items match these filters.')).toBeVisible()
  expect(await focused(page)).toBe('button: Show every saved item')
  await page.keyboard.press('Enter')
  await expect(savedTitles(page)).toHaveCount(3)
  expect(await focused(page)).toBe('h2: Saved items')
  await context.close()
})

test('7. focus lands on the page heading after Dismiss and after Resume saving', async ({
  browser,
  baseURL,
}) => {
  const context = await contextWithStorage(browser, baseURL!, [{ name: KEY, value: '{' }])
  // Backups cannot be written, so saving is held until the reader resumes it.
  await context.addInitScript((prefix) => {
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name.startsWith(prefix) && !localStorage.getItem('allow-backups'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem.call(this, name, value)
    }
  }, BACKUP_KEY)
  const page = await context.newPage()
  await page.goto('/careers/python-developer')
  await page.getByRole('button', { name: 'Resume saving' }).click()
  expect(await focused(page)).toBe('h1: Python Developer')
  await page.getByRole('button', { name: 'Dismiss' }).click()
  expect(await focused(page)).toBe('h1: Python Developer')
  await context.close()
})

test('8. a page of this version never writes over what a newer version stored, and says to reload', async ({
  browser,
  baseURL,
}) => {
  const newer = JSON.stringify({
    state: { bookmarks: { [`python-developer/resource/fluent-python`]: { ...FLUENT, priority: 'high' } } },
    version: 2,
  })
  const context = await contextWithStorage(browser, baseURL!, [{ name: KEY, value: newer }])
  const page = await context.newPage()
  await page.goto('/careers/python-developer')
  await expect(page.getByRole('status').filter({ hasText: 'changed by a newer version' })).toContainText(
    'Your list was changed by a newer version of the app — reload to go on',
  )
  await saveToggle(page, 'Real Python').click()
  await expect(saveToggle(page, 'Real Python')).toHaveAccessibleDescription(/^Saved in this tab only/)
  await readingListLink(page).click()
  await page.getByRole('combobox', { name: 'Status of Real Python' }).selectOption('Done')
  await page.goto('/careers/python-developer')
  expect(await stored(page)).toBe(newer)
  await context.close()
})

test('8. a newer version writing in another tab stops this tab writing, byte for byte', async ({
  context,
  page,
}) => {
  await page.goto('/reading-list')
  await importFile(page, 'one.json', exportFile([FLUENT]))
  await expect(savedTitles(page)).toHaveCount(1)
  const newer = JSON.stringify({ state: { bookmarks: {}, shelves: ['later'] }, version: 2 })
  const other = await context.newPage()
  await other.goto('/robots.txt')
  await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer])
  await expect(page.getByRole('status').filter({ hasText: 'changed by a newer version' })).toBeVisible()
  await page.getByRole('textbox', { name: /^Note on Fluent Python/ }).fill('still typing')
  await page.getByRole('button', { name: 'Remove Fluent Python (2nd Edition)' }).click()
  // Leaving the page writes anything still batched (as closing the tab would): after it, nothing was written.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')))
  expect(await stored(page)).toBe(newer)
  await other.close()
})

const recoveryNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'could not be read in full' })

async function saveTwo(page: Page) {
  for (const title of ['Fluent Python (2nd Edition)', 'Real Python']) await saveToggle(page, title).click()
  await expect(readingListLink(page)).toHaveAccessibleName('Reading list, 2 saved')
  await expect.poll(() => stored(page)).toContain('real-python')
}

test('9. damaged data another open tab still holds: the notice says the list came back from that tab', async ({
  context,
  page,
}) => {
  await page.goto('/careers/python-developer')
  await saveTwo(page)
  // Damaged in this tab (as from its devtools): no storage event tells this tab.
  await page.evaluate((key) => localStorage.setItem(key, '{'), KEY)
  const other = await context.newPage()
  await other.goto('/reading-list')
  // The first tab hears the new one replace the damaged data, and writes its copy back.
  await expect(savedTitles(other)).toHaveText(['Real Python', 'Fluent Python (2nd Edition)'])
  const notice = recoveryNotice(other)
  await expect(notice).toContainText(
    'Since then, your list came back from another open tab or page, which still had it: 2 items are back.',
  )
  await expect(notice).not.toContainText('starts empty')
})

test('9. a page restored by Back from the back/forward cache catches up, and its notice says what happened', async ({
  playwright,
  baseURL,
}) => {
  // Playwright runs Chromium without the back/forward cache; this journey needs it.
  const browser = await playwright.chromium.launch({
    ...chromiumLaunchOptions(),
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  })
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 780 } })
  const errors: string[] = []
  context.on('weberror', (error) => errors.push(error.error().message))
  const open = async (page: Page, path: string) => {
    await page.goto(path)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
  }
  const restored = (page: Page) => page.evaluate(() => 'beforeLeaving' in window)

  const a = await context.newPage()
  await open(a, '/careers/python-developer')
  await saveTwo(a)
  await a.evaluate(() => Object.assign(window, { beforeLeaving: true }))
  // Tab A moves on (its page kept in the cache, holding both items); the stored copy is then damaged.
  await a.goto('/robots.txt')
  await a.evaluate((key) => localStorage.setItem(key, '{'), KEY)

  const b = await context.newPage()
  await open(b, '/reading-list')
  await expect(recoveryNotice(b)).toContainText(
    'Nothing in it could be recovered, so your list starts empty.',
  )
  await expect.poll(() => stored(b)).toContain('"bookmarks":{}')
  await b.evaluate(() => Object.assign(window, { beforeLeaving: true }))
  await b.goto('/robots.txt')

  // A's page comes back by Back, still with both items, and stores them again when left.
  await a.goBack({ waitUntil: 'commit' })
  expect(await restored(a)).toBe(true)
  await a.goto('/robots.txt')
  await expect.poll(() => stored(b)).toContain('real-python')

  // B's page comes back by Back: it shows both items and says where they came from.
  await b.goBack({ waitUntil: 'commit' })
  expect(await restored(b)).toBe(true)
  await expect(savedTitles(b)).toHaveText(['Real Python', 'Fluent Python (2nd Edition)'])
  await expect(recoveryNotice(b)).toContainText(
    'your list came back from another open tab or page, which still had it: 2 items are back.',
  )
  await expect(recoveryNotice(b)).not.toContainText('starts empty')
  expect(errors).toEqual([])
  await browser.close()
})
