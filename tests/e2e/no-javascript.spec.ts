// Every page with JavaScript off: what needs it is said in words, no control that needs it is shown (a control
// that looks live but does nothing is worse than none), the content is all there, and axe finds nothing. With
// JavaScript on, none of that is hidden and none of those words show.
import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const CAREER = '/careers/python-developer'
const PAGES = ['/', CAREER, `${CAREER}/salaries`, `${CAREER}/day`, '/reading-list']
const BANNER = /JavaScript is off in this browser: every page reads and every link works/

/** A page in a context without JavaScript: the fixtures' page waits for the app, which never comes here. */
async function withoutJavaScript(browser: Browser, baseURL: string | undefined, path: string) {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    viewport: { width: 360, height: 780 },
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  const response = await page.goto(path)
  expect(response?.status()).toBe(200)
  return { page, close: () => context.close() }
}

/** The app's controls a person could see and try: none of them does anything without JavaScript. */
const visibleControls = (page: Page) =>
  page
    .locator('#root')
    .locator('button, input, select, textarea, [role="option"], [role="listbox"], [role="combobox"]')
    .evaluateAll((all) =>
      all.filter((element) => element.checkVisibility()).map((element) => element.outerHTML.slice(0, 120)),
    )

/**
 * axe runs as a script in the page, which a context without JavaScript never lets finish. So it checks the same
 * HTML with its scripts taken out, in a context that lets axe itself run: the page a reader without JavaScript gets.
 */
async function expectNoAxeViolationsWithoutScripts(
  browser: Browser,
  baseURL: string | undefined,
  path: string,
) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 780 },
    serviceWorkers: 'block',
  })
  try {
    const page = await context.newPage()
    await page.route(
      (url) => url.pathname === new URL(path, 'http://x').pathname,
      async (route) => {
        const response = await route.fetch()
        const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '')
        await route.fulfill({ response, body })
      },
    )
    await page.goto(path)
    await expect(page.locator('html')).not.toHaveAttribute('data-js')
    await expect(page.getByText(BANNER)).toBeVisible()
    await expectNoAxeViolations(page)
  } finally {
    await context.close()
  }
}

test.describe('without JavaScript', () => {
  for (const path of PAGES) {
    test(`${path}: says what needs JavaScript, shows no control that needs it, and passes axe`, async ({
      browser,
      baseURL,
    }) => {
      const { page, close } = await withoutJavaScript(browser, baseURL, path)
      try {
        await expect(page.locator('html')).not.toHaveAttribute('data-js')
        await expect(page.getByText(BANNER)).toBeVisible()
        // The header's search and theme picker are in the page's HTML, and not shown.
        await expect(
          page.getByRole('combobox', { name: 'Search all careers', includeHidden: true }),
        ).toBeHidden()
        await expect(page.getByRole('combobox', { name: 'Theme', includeHidden: true })).toBeHidden()
        await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
          'Careers',
          'Reading list',
        ])
        expect(await visibleControls(page)).toEqual([])
      } finally {
        await close()
      }
      await expectNoAxeViolationsWithoutScripts(browser, baseURL, path)
    })
  }

  test('the catalog says filtering needs JavaScript, and its cards link on', async ({ browser, baseURL }) => {
    const { page, close } = await withoutJavaScript(browser, baseURL, '/?q=nothing-like-this')
    try {
      await expect(
        page.getByText(/Filtering the careers by name, place and pay needs JavaScript/),
      ).toBeVisible()
      await expect(page.getByRole('search', { name: 'Careers', includeHidden: true })).toBeHidden()
      await page.getByRole('link', { name: 'Python Developer', exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`${CAREER}$`))
    } finally {
      await close()
    }
  })

  test('the career page says filtering and saving need JavaScript, and shows every item', async ({
    browser,
    baseURL,
  }) => {
    const { page, close } = await withoutJavaScript(browser, baseURL, CAREER)
    try {
      await expect(
        page.getByText(/Filtering this page and saving items to your reading list need JavaScript/),
      ).toBeVisible()
      await expect(page.locator('#resources li.item')).toHaveCount(10)
      // Every item's Save is in the HTML, and none is shown.
      const saves = page.getByRole('button', { name: /^Save /, includeHidden: true })
      expect(await saves.count()).toBeGreaterThanOrEqual(10)
      expect(await saves.evaluateAll((all) => all.filter((b) => b.checkVisibility()).length)).toBe(0)
      await expect(page.getByRole('button', { name: 'Print this career', includeHidden: true })).toBeHidden()
      // The in-page contents are plain links, and work.
      await page
        .getByRole('navigation', { name: 'On this page' })
        .getByRole('link', { name: /^Education/ })
        .click()
      await expect(page).toHaveURL(/#education$/)
    } finally {
      await close()
    }
  })

  test('the salaries page keeps its table; sort, units, the offer and the chart are not shown', async ({
    browser,
    baseURL,
  }) => {
    const { page, close } = await withoutJavaScript(browser, baseURL, `${CAREER}/salaries`)
    try {
      await expect(page.getByText(BANNER)).toContainText('the salary chart')
      await expect(page.getByRole('heading', { name: 'The ranges in a table' })).toBeVisible()
      await expect(page.getByRole('table').getByRole('row')).toHaveCount(7)
      for (const heading of ['Sort, unit and your offer', 'The ranges on a chart'])
        await expect(page.getByRole('heading', { name: heading, includeHidden: true })).toBeHidden()
      await expect(page.getByRole('figure', { includeHidden: true })).toBeHidden()
      await expect(page.getByText('Loading the chart…')).toBeHidden()
    } finally {
      await close()
    }
  })

  test('the day page shows every step in full, in order, instead of the timeline', async ({
    browser,
    baseURL,
  }) => {
    const { page, close } = await withoutJavaScript(browser, baseURL, `${CAREER}/day?step=4`)
    try {
      await expect(page.getByText(/Play and highlighting kinds of step need JavaScript/)).toBeVisible()
      const steps = page.getByRole('region', { name: 'The day, step by step' }).locator('ol > li')
      await expect(steps).toHaveCount(11)
      await expect(steps.getByRole('heading', { level: 3 }).first()).toHaveText('Open up and triage pings')
      await expect(steps.nth(3).getByRole('heading', { level: 3 })).toHaveText(
        'Integration tests and draft PR',
      )
      await expect(steps.nth(3)).toContainText('Step 4 of 11')
      await expect(steps.nth(10)).toContainText('Step 11 of 11')
      await expect(
        page.getByRole('listbox', { name: 'The day, step by step', includeHidden: true }),
      ).toBeHidden()
    } finally {
      await close()
    }
  })

  test('the reading list says it needs JavaScript, not "Loading…" for ever', async ({ browser, baseURL }) => {
    const { page, close } = await withoutJavaScript(browser, baseURL, '/reading-list')
    try {
      await expect(
        page.getByText(
          'Your reading list is kept in this browser’s storage, and showing it needs JavaScript, which is off here.',
          { exact: false },
        ),
      ).toBeVisible()
      await expect(page.getByText('Loading your reading list…')).toBeHidden()
    } finally {
      await close()
    }
  })
})

test.describe('with JavaScript', () => {
  for (const path of PAGES) {
    test(`${path}: no word about JavaScript being off, and the controls are there`, async ({ page }) => {
      await page.goto(path)
      // The page-wide line stays in the HTML outside the app, hidden; the pages' own notes are gone once it runs.
      await expect(
        page.getByText(/needs? JavaScript|JavaScript is off/).filter({ visible: true }),
      ).toHaveCount(0)
      await expect(page.locator('#root').getByText(/needs? JavaScript|JavaScript is off/)).toHaveCount(0)
      await expect(page.getByRole('combobox', { name: 'Search all careers' })).toBeVisible()
      await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible()
    })
  }

  test('before the app has started, the page already shows its controls and no such words', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' })
    const page = await context.newPage()
    // The app's code never arrives: what shows is the prerendered HTML, with scripts on.
    await page.route('**/assets/*.js', (route) => route.abort())
    await page.goto(`${CAREER}/day`, { waitUntil: 'domcontentloaded' })
    await expect(page.locator('html')).toHaveAttribute('data-js')
    // The notes are in the HTML (a page without JavaScript shows them), and hidden here.
    const notes = page.getByText(/need JavaScript|JavaScript is off/)
    await expect(notes).toHaveCount(2)
    await expect(notes.filter({ visible: true })).toHaveCount(0)
    await expect(page.getByRole('listbox', { name: 'The day, step by step' })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible()
    await context.close()
  })

  test('the pages that changed most keep their controls once running', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('search', { name: 'Careers' }).getByLabel('Career name')).toBeVisible()
    await page.goto(CAREER)
    await expect(page.getByRole('button', { name: /^Filter this page/ })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Save Fluent Python (2nd Edition)' })).toBeVisible()
    await page.goto(`${CAREER}/salaries`)
    await expect(page.getByRole('radio', { name: /^In hand/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'The ranges on a chart' })).toBeVisible()
    await page.goto(`${CAREER}/day`)
    await expect(page.getByRole('button', { name: 'Play the day' })).toBeVisible()
    await page.goto('/reading-list')
    await expect(page.getByRole('heading', { level: 2, name: 'Nothing saved yet' })).toBeVisible()
  })
})
