// Dark mode: the header's control switches and remembers the theme, the very first paint already has it (before any
// of the app's JavaScript runs), the browser's theme colour follows, and every page passes axe in the dark.
import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const THEME_KEY = 'career-explorer:theme'
// --bg in src/tokens.css
const LIGHT_BG = 'rgb(247, 248, 250)'
const DARK_BG = 'rgb(15, 19, 24)'
const THEME_COLOR = { light: '#0b5cad', dark: '#161b22' }

const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme' })
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
const themeColor = (page: Page) => page.locator('meta[name="theme-color"]').getAttribute('content')

test('the theme control switches the page, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/careers/python-developer')
  await expect(themeSelect(page)).toHaveValue('system')
  expect(await background(page)).toBe(LIGHT_BG)

  await themeSelect(page).selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await background(page)).toBe(DARK_BG)
  expect(await themeColor(page)).toBe(THEME_COLOR.dark)

  await page.reload()
  await expect(themeSelect(page)).toHaveValue('dark')
  expect(await background(page)).toBe(DARK_BG)

  // Another page of the app, opened afresh, has it too.
  await page.goto('/careers/python-developer/salaries')
  await expect(themeSelect(page)).toHaveValue('dark')
  expect(await background(page)).toBe(DARK_BG)

  await themeSelect(page).selectOption('light')
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await background(page)).toBe(LIGHT_BG)
  expect(await themeColor(page)).toBe(THEME_COLOR.light)

  // System follows the system, there and then.
  await themeSelect(page).selectOption('system')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await background(page)).toBe(DARK_BG)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  expect(await themeColor(page)).toBe(THEME_COLOR.light)
  await page.reload()
  await expect(themeSelect(page)).toHaveValue('system')
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBeNull()
})

/**
 * A page with none of the app's JavaScript: every /assets/*.js request fails, so whatever the page shows comes from
 * the HTML, its inlined CSS and /theme-init.js alone: the first paint.
 */
async function firstPaint(
  browser: Browser,
  baseURL: string,
  { stored, system }: { stored?: string; system: 'light' | 'dark' },
) {
  const context = await browser.newContext({
    baseURL,
    colorScheme: system,
    viewport: { width: 360, height: 780 },
    serviceWorkers: 'block',
    storageState: {
      cookies: [],
      origins:
        stored === undefined ? [] : [{ origin: baseURL, localStorage: [{ name: THEME_KEY, value: stored }] }],
    },
  })
  const page = await context.newPage()
  const appScripts: string[] = []
  await page.route('**/assets/*.js', (route) => {
    appScripts.push(route.request().url())
    return route.abort()
  })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/careers/python-developer', { waitUntil: 'domcontentloaded' })
  const seen = {
    background: await background(page),
    theme: await page.locator('html').getAttribute('data-theme'),
    themeColor: await themeColor(page),
    ready: await page.locator('html[data-ready]').count(),
  }
  await context.close()
  expect(appScripts.length, 'the app’s scripts were requested (and refused)').toBeGreaterThan(0)
  expect(seen.ready, 'the app did not run').toBe(0)
  expect(errors, 'theme-init.js threw').toEqual([])
  return seen
}

test('the first paint already has the chosen theme, before any of the app’s code runs', async ({
  browser,
  baseURL,
}) => {
  const at = (options: { stored?: string; system: 'light' | 'dark' }) =>
    firstPaint(browser, baseURL ?? '', options)

  expect(await at({ stored: 'dark', system: 'light' })).toEqual({
    background: DARK_BG,
    theme: 'dark',
    themeColor: THEME_COLOR.dark,
    ready: 0,
  })
  expect(await at({ stored: 'light', system: 'dark' })).toEqual({
    background: LIGHT_BG,
    theme: 'light',
    themeColor: THEME_COLOR.light,
    ready: 0,
  })
  expect(await at({ system: 'dark' })).toMatchObject({ background: DARK_BG, theme: 'dark' })
  // Damaged storage is read as "system", and the page still paints.
  expect(await at({ stored: '{"theme":"dark"', system: 'light' })).toMatchObject({
    background: LIGHT_BG,
    theme: 'light',
  })
  expect(await at({ stored: '\u0000garbage', system: 'dark' })).toMatchObject({
    background: DARK_BG,
    theme: 'dark',
  })
})

test.describe('dark mode', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
  })

  for (const path of [
    '/',
    '/?place=pune&minPay=abc',
    '/careers/python-developer',
    '/careers/python-developer?topics=testing&kinds=book',
    '/careers/python-developer/day?step=4',
    '/reading-list',
    '/no-such-page',
  ])
    test(`axe: no violations on ${path}`, async ({ page }) => {
      await page.goto(path)
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
      expect(await background(page)).toBe(DARK_BG)
      await expectNoAxeViolations(page)
    })

  test('axe: the salaries page with an offer, the chart and its tooltip open; bars stand out 3:1', async ({
    page,
  }) => {
    await page.goto('/careers/python-developer/salaries?offer=15')
    await page.locator('.chart-frame').scrollIntoViewIfNeeded()
    const chart = page.getByRole('application')
    await expect(chart).toBeVisible()
    await expect(page.locator('.salary-chart__offer')).toBeVisible()
    await expectNoAxeViolations(page)
    await chart.focus()
    await expect(page.locator('.chart-tooltip')).toBeVisible()
    await expectNoAxeViolations(page)

    // The chart's colours are resolved from the tokens in this theme: bars, the offer line and the hatching's
    // stripes against the page behind them.
    const ratios = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number)
      const luminance = (value: string) => {
        const [r = 0, g = 0, b = 0] = rgb(value).map((c) => {
          const s = c / 255
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
      }
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
        return (hi + 0.05) / (lo + 0.05)
      }
      const page = getComputedStyle(document.documentElement).backgroundColor
      const style = (selector: string) => {
        const element = document.querySelector(selector)
        if (!element) throw new Error(`no ${selector}`)
        return getComputedStyle(element)
      }
      return {
        bar: ratio(style('.salary-chart__row rect').fill, page),
        offerLine: ratio(style('.salary-chart__offer line').stroke, page),
        hatch: ratio(
          style('#salary-remote-hatch rect:nth-child(2)').fill,
          style('#salary-remote-hatch rect').fill,
        ),
        label: ratio(style('.salary-chart__row text').fill, page),
      }
    })
    expect(ratios.bar).toBeGreaterThanOrEqual(3)
    expect(ratios.offerLine).toBeGreaterThanOrEqual(3)
    expect(ratios.hatch).toBeGreaterThanOrEqual(3)
    expect(ratios.label).toBeGreaterThanOrEqual(4.5)
  })
})
