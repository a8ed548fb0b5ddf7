// Pages arrive as HTML: they read without JavaScript, and with it the app hydrates them without a mismatch, in
// every case a reader can land in (saved items, search params, a hash, a trailing slash, an unknown address).
import { readFileSync } from 'node:fs'
import { test as plain } from '@playwright/test'
import { CAREER_SECTIONS } from '../../src/lib/career-sections'
import { en } from '../../src/messages/en'
import { hi } from '../../src/messages/hi'
import { expect, test } from './fixtures'

const CAREER = '/careers/python-developer'
const STORAGE_KEY = 'career-explorer:reading-list'
const savedList = readFileSync(
  new URL('../../src/lib/reading-list/fixtures/v1.json', import.meta.url),
  'utf8',
)

plain.describe('without JavaScript', () => {
  plain.use({ javaScriptEnabled: false })

  plain('the career page shows every section and its items', async ({ page }) => {
    await page.goto(CAREER)
    await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
    const headings = page.getByRole('main').getByRole('heading', { level: 2 })
    await expect(headings).toHaveText([
      'On this page',
      ...CAREER_SECTIONS.map((section) => en.career.sections[section.id]),
    ])
    await expect(page.getByText('Open VS Code with chai.', { exact: false }).first()).toBeVisible()
    await expect(page.locator('#resources li.item')).toHaveCount(10)
    await expect(page.locator('#mistakes li.item')).toHaveCount(7)
    await expect(page.getByRole('region', { name: 'Notable Indians in this career' })).toContainText(
      'names no one in it yet',
    )
    await expect(page).toHaveTitle('Python Developer in India · Career Explorer')
  })

  plain('the salaries page shows its summary and table; the day its 11 steps', async ({ page }) => {
    await page.goto(`${CAREER}/salaries`)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Python Developer salaries by city' }),
    ).toBeVisible()
    await expect(
      page.getByText(/mid-level total cash compensation spans ₹10\u00a0L to ₹22\u00a0L a year/),
    ).toBeVisible()
    const table = page.getByRole('table')
    await expect(table.getByRole('row')).toHaveCount(7)
    await expect(table).toContainText('Bangalore')
    await expect(table).toContainText('Remote / international')

    await page.goto(`${CAREER}/day`)
    // Without JavaScript the day is every step in full, not the timeline (see no-javascript.spec.ts).
    await expect(page.getByRole('region', { name: 'The day, step by step' }).locator('ol > li')).toHaveCount(
      11,
    )
    await expect(page.getByText('Daily standup over Zoom').first()).toBeVisible()
  })

  plain('links are real links: from the catalog to a career, its salaries, and back', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('link', { name: 'Python Developer', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${CAREER}$`))
    await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
    await page.getByRole('link', { name: /Compare these ranges on a chart/ }).click()
    await expect(page).toHaveURL(new RegExp(`${CAREER}/salaries$`))
    await page.getByRole('link', { name: 'Reading list' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Reading list' })).toBeVisible()
  })

  plain('each page has its own title, description, canonical link and share card', async ({ page }) => {
    await page.goto(CAREER)
    const head = page.locator('head')
    await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /₹10–22\u00a0L a year/)
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/careers\/python-developer$/,
    )
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'Python Developer in India',
    )
    await expect(head.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      /₹20–45\u00a0L remote/,
    )
    await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/share-card\.png$/)
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    const image = await page.request.get('/share-card.png')
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toBe('image/png')
    await expect(head.locator('title')).toHaveCount(1)
    // Stylesheets are inlined; the disabled links only name them, so lazy chunks don't fetch them again.
    await expect(head.locator('link[rel="stylesheet"]:not([disabled])')).toHaveCount(0)

    await page.goto(`${CAREER}/day`)
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/careers\/python-developer\/day$/,
    )

    // The reading list's HTML has its own too, though its list is read only in the browser.
    const html = await (await page.request.get('/reading-list')).text()
    expect(html).toContain('<title>Reading list · Career Explorer</title>')
    expect(html).toMatch(/<meta name="description" content="The resources and communities you saved/)
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/reading-list"/)
    expect(html).toMatch(/<meta property="og:title" content="Reading list/)
  })

  plain(
    'the reading list’s HTML does not claim the list is empty before it has been read',
    async ({ page }) => {
      await page.goto('/reading-list')
      await expect(page.getByRole('heading', { level: 1, name: 'Reading list' })).toBeVisible()
      await expect(page.getByText('Nothing saved yet')).toHaveCount(0)
      // Nor that it is loading, for ever: it says the list needs JavaScript.
      await expect(page.getByText('Loading your reading list')).toBeHidden()
      await expect(page.getByText(/showing it needs JavaScript/)).toBeVisible()
    },
  )

  plain('an unknown address gets the not-found page with status 404', async ({ page }) => {
    const response = await page.goto('/careers/python-developer/nowhere')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})

test.describe('hydration', () => {
  for (const path of ['/', CAREER, `${CAREER}/salaries`, `${CAREER}/day`, '/reading-list']) {
    test(`${path} hydrates without an error and then navigates on the client`, async ({ page }) => {
      // The fixture fails the test on any console error: React reports a hydration mismatch there.
      await page.goto(path)
      await expect(page.locator('#root')).toHaveAttribute('data-prerendered', path)
      const before = await page.evaluate(() => performance.getEntriesByType('navigation').length)
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: /Reading list/ })
        .click()
      await expect(page).toHaveURL(/\/reading-list$/)
      await expect(page.getByRole('heading', { level: 1, name: 'Reading list' })).toBeVisible()
      await page.getByRole('link', { name: 'Careers', exact: true }).click()
      await expect(
        page.getByRole('heading', { level: 1, name: 'Explore tech careers in India' }),
      ).toBeVisible()
      // No document was loaded on the way: the router moved between pages.
      expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(before)
    })
  }

  for (const path of [
    '/hi/',
    `/hi${CAREER}`,
    `/hi${CAREER}/salaries`,
    `/hi${CAREER}/day`,
    '/hi/reading-list',
  ]) {
    test(`${path} hydrates without an error, and its links stay in Hindi on the client`, async ({ page }) => {
      await page.goto(path)
      await expect(page.locator('#root')).toHaveAttribute('data-prerendered', path)
      const before = await page.evaluate(() => performance.getEntriesByType('navigation').length)
      const nav = page.getByRole('navigation', { name: hi.shell.mainNavigation })
      await nav.locator('a[href="/hi/reading-list"]').click()
      await expect(page).toHaveURL(/\/hi\/reading-list$/)
      await nav.getByRole('link', { name: hi.shell.navCareers, exact: true }).click()
      await expect(page).toHaveURL(/\/hi\/$/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
      expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(before)
    })
  }

  test('saved items show as saved right after hydration, with no warning', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 780 },
      storageState: {
        cookies: [],
        origins: [
          { origin: new URL(baseURL!).origin, localStorage: [{ name: STORAGE_KEY, value: savedList }] },
        ],
      },
    })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    await page.goto(CAREER)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    await expect(page.getByRole('button', { name: 'Save Fluent Python (2nd Edition)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.getByRole('button', { name: 'Save Real Python', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await page.goto('/reading-list')
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    await expect(page.getByRole('heading', { level: 3, name: /Fluent Python/ })).toBeVisible()
    // Only the harness's own notes may appear (React's DevTools hint; Playwright blocking the service worker).
    const harness = /Download the React DevTools|Service Worker registration blocked by Playwright/
    expect(problems.filter((text) => !harness.test(text))).toEqual([])
    await context.close()
  })

  test('search params the HTML does not know: the view ends as the address says', async ({ page }) => {
    await page.goto(`${CAREER}?topics=testing&q=pytest`)
    await expect(page).toHaveURL(/topics=testing&q=pytest$/)
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
      /Showing \d+ of 62 items/,
    )
    await expect(page.getByRole('searchbox', { name: 'Search this page' })).toHaveValue('pytest')

    await page.goto(`${CAREER}/day?step=7`)
    await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText('7')
    await expect(page.getByText('Step 7 of 11')).toBeVisible()

    await page.goto(`${CAREER}/salaries?offer=15`)
    await expect(page.getByRole('textbox', { name: /offer/i })).toHaveValue('15')
    await expect(page.getByText(/within the range in 5 places/).first()).toBeVisible()

    await page.goto(`${CAREER}/salaries?sort=top&unit=month`)
    await expect(page).toHaveURL(/sort=top&unit=month$/)
    await expect(page.getByRole('radio', { name: /Per month/ })).toBeChecked()
    // Highest top first (Pune, third on the source page, is last of the Indian places), per month.
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows.nth(1)).toContainText('Bangalore₹1,00,000–₹1,83,333')
    await expect(rows.nth(5)).toContainText('Pune')
  })

  test('a hash lands on its item after hydration', async ({ page }) => {
    await page.goto(`${CAREER}#resources-fluent-python`)
    await expect(page).toHaveURL(/#resources-fluent-python$/)
    await expect(page.locator('#resources-fluent-python')).toBeFocused()
  })

  test('a trailing slash is the same page, tidied', async ({ page }) => {
    await page.goto(`${CAREER}/`)
    await expect(page).toHaveURL(new RegExp(`${CAREER}$`))
    await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
    await expect(page.locator('head title')).toHaveCount(1)
  })

  test('unknown addresses and careers show the not-found page, rendered by the app', async ({ page }) => {
    await page.goto('/nowhere/at/all')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await page.goto('/careers/astronaut')
    await expect(page.getByRole('heading', { level: 1, name: 'Career not found' })).toBeVisible()
    await expect(page).toHaveTitle('Career not found · Career Explorer')
    await expect(page.locator('head title')).toHaveCount(1)
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0)
  })
})
