// What a reader sees and does in the seconds between a page's first paint and the moment its code has started (on a
// slow phone, several seconds). The app's entry script is held back here until the test lets it load, so each test
// can act on the prerendered page first. These pages are opened without the fixtures' wait for the app.
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { KEY } from './reading-list-helpers'

/** A fresh page whose entry script waits until `start()` is called (or fails, with `fail: true`). */
async function heldPage(browser: Browser, baseURL: string, { fail = false, width = 360 } = {}) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width, height: 900 },
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  let start = () => {}
  const gate = new Promise<void>((resolve) => (start = resolve))
  await page.route('**/assets/index-*.js', async (route) => {
    if (fail) return route.abort()
    await gate
    return route.continue()
  })
  return {
    page,
    errors,
    start: async () => {
      start()
      await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    },
    close: () => context.close(),
  }
}

const open = (page: Page, path: string) => page.goto(path, { waitUntil: 'commit' })

test('a Save tapped before the app has started counts once it has, and never shows pressed before', async ({
  browser,
  baseURL,
}) => {
  const held = await heldPage(browser, baseURL ?? '')
  const { page } = held
  await open(page, '/careers/python-developer')
  const save = page.getByRole('button', { name: 'Save Fluent Python (2nd Edition)' })
  await save.click()
  // The control does not claim what has not happened yet.
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await held.start()
  await expect(save).toHaveAttribute('aria-pressed', 'true')
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY)
  expect(stored).toContain('Fluent Python')
  expect(held.errors).toEqual([])
  await held.close()
})

test('a topic chip tapped early filters the page once the app has started', async ({ browser, baseURL }) => {
  const held = await heldPage(browser, baseURL ?? '', { width: 1280 })
  const { page } = held
  await open(page, '/careers/python-developer')
  const chip = page.getByRole('button', { name: 'Testing', exact: true })
  await chip.click()
  await expect(chip).toHaveAttribute('aria-pressed', 'false')
  await held.start()
  await expect(chip).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(/topics=testing/)
  await held.close()
})

test('a day step chosen early is the one shown once the app has started', async ({ browser, baseURL }) => {
  const held = await heldPage(browser, baseURL ?? '')
  const { page } = held
  await open(page, '/careers/python-developer/day')
  const step5 = page
    .getByRole('listbox', { name: 'The day, step by step' })
    .getByRole('option', { name: /^Step 5\b/ })
  await step5.click()
  await expect(step5).toHaveAttribute('aria-selected', 'false')
  await held.start()
  await expect(step5).toHaveAttribute('aria-selected', 'true')
  await expect(page).toHaveURL(/step=5/)
  await held.close()
})

test('a unit chosen early on the salaries page is applied, and the radio never disagrees with the figures', async ({
  browser,
  baseURL,
}) => {
  const held = await heldPage(browser, baseURL ?? '')
  const { page } = held
  await open(page, '/careers/python-developer/salaries')
  const inHand = page.getByRole('radio', { name: 'In hand per month (estimate)' })
  await inHand.click({ force: true })
  await expect(inHand).not.toBeChecked()
  await held.start()
  await expect(inHand).toBeChecked()
  await expect(page).toHaveURL(/unit=inhand/)
  // Choosing another unit works straight away: the page and its radio agree.
  const yearly = page.getByRole('radio', { name: 'Per year (₹ lakh)' })
  await yearly.check()
  await expect(page).not.toHaveURL(/unit=inhand/)
  await held.close()
})

test('a theme picked before the app has started is applied and remembered', async ({ browser, baseURL }) => {
  const held = await heldPage(browser, baseURL ?? '')
  const { page } = held
  await open(page, '/')
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark')
  await held.start()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await page.evaluate(() => localStorage.getItem('career-explorer:theme'))).toBe('dark')
  await held.close()
})

test('a shared filtered link never shows the unfiltered list as its result before the app applies it', async ({
  browser,
  baseURL,
}) => {
  const held = await heldPage(browser, baseURL ?? '')
  const { page } = held
  await open(page, '/careers/python-developer?topics=testing')
  await expect(page.getByText('Applying the view in your link…')).toBeVisible()
  // The plain view's list and count are there in the HTML, but not shown as the link's view.
  await expect(page.getByRole('heading', { name: 'Common mistakes', exact: true })).toBeHidden()
  await expect(page.getByText(/^Showing \d+ of \d+/)).toBeHidden()
  await held.start()
  await expect(page.getByText('Applying the view in your link…')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Testing', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  const day = await heldPage(browser, baseURL ?? '')
  await open(day.page, '/careers/python-developer/day?step=7')
  await expect(day.page.getByText('Applying the view in your link…')).toBeVisible()
  await expect(day.page.getByRole('listbox', { name: 'The day, step by step' })).toBeHidden()
  await day.start()
  await expect(
    day.page.getByRole('listbox', { name: 'The day, step by step' }).getByRole('option', { selected: true }),
  ).toHaveAccessibleName(/^Step 7\b/)

  const salaries = await heldPage(browser, baseURL ?? '')
  await open(salaries.page, '/careers/python-developer/salaries?unit=inhand')
  await expect(salaries.page.getByText('Applying the view in your link…')).toBeVisible()
  // The yearly figures of the plain view are not passed off as the in-hand ones.
  await expect(salaries.page.getByRole('table')).toBeHidden()
  await expect(salaries.page.locator('.salary-summary')).toBeHidden()
  await salaries.start()
  await expect(salaries.page.getByRole('radio', { name: 'In hand per month (estimate)' })).toBeChecked()
  await expect(salaries.page.getByRole('table').first()).toBeVisible()
  await held.close()
  await day.close()
  await salaries.close()
})

test('if the app’s code cannot load, a shared link shows the plain view and says its view was not applied', async ({
  browser,
  baseURL,
}) => {
  const held = await heldPage(browser, baseURL ?? '', { fail: true })
  await open(held.page, '/careers/python-developer?topics=testing')
  await expect(held.page.getByText(/The view in your link could not be applied/)).toBeVisible()
  await expect(held.page.getByRole('heading', { name: 'Common mistakes', exact: true })).toBeVisible()
  await held.close()
})
