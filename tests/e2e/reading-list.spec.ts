import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import {
  BACKUP_KEY,
  KEY,
  contextWithStorage,
  readingListLink,
  savedTitles,
  saveToggle,
} from './reading-list-helpers'

async function saveOnCareerPage(page: Page, titles: string[]) {
  await page.goto('/careers/python-developer')
  for (const title of titles) {
    await saveToggle(page, title).click()
    await expect(saveToggle(page, title)).toHaveAttribute('aria-pressed', 'true')
  }
}

test('save two items, reload, and both are on the reading list', async ({ page }) => {
  await saveOnCareerPage(page, ['Fluent Python (2nd Edition)', 'PyData India'])
  await expect(readingListLink(page)).toHaveAccessibleName('Reading list, 2 saved')

  await page.reload()
  await expect(saveToggle(page, 'Fluent Python (2nd Edition)')).toHaveAttribute('aria-pressed', 'true')
  await readingListLink(page).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reading list' })).toBeFocused()
  await expect(savedTitles(page)).toHaveText(['PyData India', 'Fluent Python (2nd Edition)'])
  await expect(page.getByText('0 of 2 done')).toBeVisible()
})

test('two pages of one context stay in sync, and changes to different items in each are both kept', async ({
  context,
  page,
}) => {
  await page.goto('/careers/python-developer')
  const other = await context.newPage()
  await other.goto('/reading-list')
  await expect(other.getByRole('heading', { name: 'Nothing saved yet' })).toBeVisible()

  await saveToggle(page, 'Fluent Python (2nd Edition)').click()
  await expect(savedTitles(other)).toHaveText(['Fluent Python (2nd Edition)'], { timeout: 1_000 })
  await expect(readingListLink(other)).toHaveAccessibleName('Reading list, 1 saved')

  // Both pages change a different item before either has seen the other's change.
  await Promise.all([
    other.getByRole('combobox', { name: 'Status of Fluent Python (2nd Edition)' }).selectOption('Reading'),
    saveToggle(page, 'PyData India').click(),
  ])
  await expect(savedTitles(other)).toHaveText(['PyData India', 'Fluent Python (2nd Edition)'])
  await expect(other.getByRole('combobox', { name: 'Status of Fluent Python (2nd Edition)' })).toHaveValue(
    'reading',
  )
  await expect(readingListLink(page)).toHaveAccessibleName('Reading list, 2 saved')

  await page.goto('/reading-list')
  await expect(page.getByRole('combobox', { name: 'Status of Fluent Python (2nd Edition)' })).toHaveValue(
    'reading',
  )
  await expect(savedTitles(page)).toHaveCount(2)
  await other.close()
})

test('every storage key set to {corrupt: the app renders, offers the original, and saving works again', async ({
  browser,
  baseURL,
  page,
}) => {
  // Find every key the app writes, then start a fresh profile with each of them holding "{corrupt".
  await saveOnCareerPage(page, ['Real Python'])
  await page.goto('/reading-list')
  const keys = await page.evaluate(() => Object.keys(localStorage))
  expect(keys).toContain(KEY)
  const corrupt = [...new Set([...keys, BACKUP_KEY])].map((name) => ({ name, value: '{corrupt' }))
  const context = await contextWithStorage(browser, baseURL!, corrupt)
  const broken = await context.newPage()
  const errors: string[] = []
  broken.on('pageerror', (error) => errors.push(error.message))

  await broken.goto('/careers/python-developer')
  await expect(broken.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
  await expect(broken.getByRole('status').filter({ hasText: 'could not be read in full' })).toContainText(
    'A copy of the original data is kept in this browser. Nothing in it could be recovered, so your list starts empty.',
  )
  const [download] = await Promise.all([
    broken.waitForEvent('download'),
    broken.getByRole('button', { name: 'Download the original data' }).click(),
  ])
  expect(await readFile((await download.path())!, 'utf8')).toBe('{corrupt')

  await saveToggle(broken, 'Fluent Python (2nd Edition)').click()
  await expect(readingListLink(broken)).toHaveAccessibleName('Reading list, 1 saved')
  await broken.reload()
  await expect(readingListLink(broken)).toHaveAccessibleName('Reading list, 1 saved')
  await expect(broken.getByText('could not be read in full')).toHaveCount(0)
  expect(await broken.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe('{corrupt')
  expect(errors).toEqual([])
  await context.close()
})

test('storage refused by the browser: the list works in this tab and says saving is off', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  await saveOnCareerPage(page, ['Real Python'])
  await expect(page.getByRole('status').filter({ hasText: 'Saving is off' })).toBeVisible()
  await readingListLink(page).click()
  await expect(savedTitles(page)).toHaveText(['Real Python'])
})

test('export in one browser profile, import in a fresh one, and the list is restored', async ({
  browser,
  page,
}) => {
  await saveOnCareerPage(page, ['Fluent Python (2nd Edition)', 'PyData India', 'Real Python'])
  await page.goto('/reading-list')
  await page.getByRole('combobox', { name: 'Status of PyData India' }).selectOption('Done')
  await page
    .getByRole('textbox', { name: 'Note on Real Python', exact: true })
    .fill('Start with the async tutorials')
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON' }).click(),
  ])
  expect(json.suggestedFilename()).toMatch(/^career-explorer-reading-list-\d{4}-\d{2}-\d{2}\.json$/)
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as Markdown' }).click(),
  ])
  expect(await readFile((await markdown.path())!, 'utf8')).toContain('## Done (1)\n\n- **PyData India**')

  const fresh = await browser.newContext({ viewport: { width: 360, height: 780 } })
  const other = await fresh.newPage()
  await other.goto('/reading-list')
  await expect(other.getByRole('heading', { name: 'Nothing saved yet' })).toBeVisible()
  await other.getByLabel('Import a JSON export').setInputFiles((await json.path())!)
  await expect(other.getByRole('status').filter({ hasText: '3 items added' })).toBeVisible()
  await expect(savedTitles(other)).toHaveText(['Real Python', 'PyData India', 'Fluent Python (2nd Edition)'])
  await expect(other.getByRole('combobox', { name: 'Status of PyData India' })).toHaveValue('done')
  await expect(other.getByRole('textbox', { name: 'Note on Real Python', exact: true })).toHaveValue(
    'Start with the async tutorials',
  )
  await expect(readingListLink(other)).toHaveAccessibleName('Reading list, 3 saved')

  // A file that is not an export changes nothing.
  await other.getByLabel('Import a JSON export').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  })
  await expect(other.getByRole('alert')).toHaveText(
    'This file is not a Career Explorer reading-list export. Nothing was imported.',
  )
  await expect(savedTitles(other)).toHaveCount(3)
  await fresh.close()
})

test('the empty reading list has no axe violations', async ({ page }) => {
  await page.goto('/reading-list')
  await expect(page.getByRole('heading', { name: 'Nothing saved yet' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the full reading list has no axe violations and no sideways scrolling at 360 px', async ({
  browser,
  baseURL,
}) => {
  const gone = {
    careerId: 'python-developer',
    kind: 'resource',
    itemId: 'a-book-since-dropped',
    title: 'A book the page has since dropped',
    status: 'saved',
    note: 'Still want this one.',
    savedAt: '2026-11-01T00:00:00.000Z',
  }
  const context = await contextWithStorage(browser, baseURL!, [
    {
      name: KEY,
      value: JSON.stringify({
        state: { bookmarks: { [`python-developer/resource/${gone.itemId}`]: gone } },
        version: 1,
      }),
    },
  ])
  const page = await context.newPage()
  await page.goto('/careers/python-developer')
  // Every resource and community on the page.
  const unsaved = page.getByRole('button', { name: /^Save /, pressed: false })
  await expect(unsaved).toHaveCount(17)
  while ((await unsaved.count()) > 0) await unsaved.first().click()
  await readingListLink(page).click()
  await expect(readingListLink(page)).toHaveAccessibleName('Reading list, 18 saved')
  await page.getByRole('combobox', { name: 'Status of Real Python', exact: true }).selectOption('Done')
  await expect(page.getByText('1 of 18 done')).toBeVisible()
  await expect(page.getByText('No longer listed')).toBeVisible()
  await page.getByRole('button', { name: 'Remove PyData India' }).click()
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
  await expectNoAxeViolations(page)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBe(0)
  await context.close()
})
