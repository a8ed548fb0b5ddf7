// The interface in Hindi: every page at /hi/…, prerendered, with the source's content kept in English (lang="en").
// The words expected here are the Hindi catalog's own (src/messages/hi), so a changed translation changes them too.
import type { Page } from '@playwright/test'
import { pythonDeveloper } from '../../src/content/careers/python-developer'
import { hi } from '../../src/messages/hi'
import { LATIN_NAMES, englishLeftoversIn } from '../../src/testing/english-leftovers'
import { expect, expectNoAxeViolations, test } from './fixtures'

const CAREER = '/careers/python-developer'
const PAGES = ['/', CAREER, `${CAREER}/salaries`, `${CAREER}/day`, '/reading-list']
const inHindi = (path: string) => (path === '/' ? '/hi/' : `/hi${path}`)
const ORIGIN = 'https://career-explorer.example'

/**
 * The source's names and labels that the interface quotes inside its own sentences and attributes (a page title, a
 * summary of pay, an aria-label), where an element of their own with lang="en" cannot be: the career, its region and
 * places, the pay table's labels, the source page's title and publisher. Everywhere else they are marked lang="en".
 */
const { salaries, source } = pythonDeveloper
const QUOTED_CONTENT = [
  pythonDeveloper.title,
  pythonDeveloper.region,
  ...salaries.rows.map((row) => row.place),
  ...salaries.rows.map((row) => row.place.toLowerCase()),
  salaries.cohort,
  salaries.cohort.toLowerCase(),
  salaries.measure,
  source.title,
  source.publisher,
]

/** English interface text on the page: Latin words outside lang="en", less names (src/testing/english-leftovers.ts). */
const leftovers = (page: Page) => page.evaluate(englishLeftoversIn, [...LATIN_NAMES, ...QUOTED_CONTENT])

const languageSwitch = (page: Page, name: 'हिन्दी' | 'English') =>
  page.getByRole('banner').getByRole('link', { name, exact: true })

for (const path of PAGES) {
  test(`${inHindi(path)} is in Hindi: lang, head tags both ways, no English interface text, axe clean`, async ({
    page,
  }) => {
    const response = await page.goto(inHindi(path))
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
    await expect(page).toHaveTitle(new RegExp(`· ${hi.shell.siteName}$`))
    expect(await page.title()).toMatch(/[\u0900-\u097f]|Python Developer/)

    const href = (selector: string) => page.locator(selector).getAttribute('href')
    expect(await href('link[rel="canonical"]')).toBe(`${ORIGIN}${inHindi(path)}`)
    expect(await href('link[rel="alternate"][hreflang="hi"]')).toBe(`${ORIGIN}${inHindi(path)}`)
    expect(await href('link[rel="alternate"][hreflang="en-IN"]')).toBe(`${ORIGIN}${path}`)
    expect(await href('link[rel="alternate"][hreflang="x-default"]')).toBe(`${ORIGIN}${path}`)
    expect(await href('link[rel="manifest"]')).toBe('/hi/manifest.webmanifest')

    // The interface is Hindi; what is still in Latin script is content (lang="en") or a name.
    await expect(page.getByRole('navigation', { name: hi.shell.mainNavigation })).toBeVisible()
    expect(await leftovers(page)).toEqual([])
    await expectNoAxeViolations(page)
  })
}

test('the English pages name the Hindi ones, and the switch is named in its own language', async ({
  page,
}) => {
  await page.goto(CAREER)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-IN')
  expect(await page.locator('link[rel="alternate"][hreflang="hi"]').getAttribute('href')).toBe(
    `${ORIGIN}/hi${CAREER}`,
  )
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${ORIGIN}${CAREER}`)
  await expect(languageSwitch(page, 'हिन्दी')).toHaveAttribute('lang', 'hi')
  await page.goto(`/hi${CAREER}`)
  await expect(languageSwitch(page, 'English')).toHaveAttribute('lang', 'en-IN')
})

// "?unit=month&offer=15" would be ₹15 a month, which the salaries page does not take as an offer (it drops it from the
// address in either language): the views here are real ones, a month's offer in rupees and a year's in lakh.
for (const view of ['?unit=month&offer=125000', '?unit=inhand&offer=15']) {
  test(`the switch keeps the view ${view} (path, search params) and works from the keyboard`, async ({
    page,
  }) => {
    const [unit, offer] = [...new URLSearchParams(view).values()]
    await page.goto(`${CAREER}/salaries${view}`)
    await languageSwitch(page, 'हिन्दी').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/hi${CAREER}/salaries${view}`)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
    await expect(page.locator('input[id$="-offer"]')).toHaveValue(offer!)
    await expect(page.locator(`input[type="radio"][value="${unit}"]`)).toBeChecked()

    await languageSwitch(page, 'English').click()
    await page.waitForURL(`**${CAREER}/salaries${view}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-IN')
    await expect(page.locator('input[id$="-offer"]')).toHaveValue(offer!)
  })
}

test('the switch keeps the hash', async ({ page }) => {
  await page.goto(`/hi${CAREER}#resources`)
  await languageSwitch(page, 'English').click()
  await page.waitForURL(`**${CAREER}#resources`)
})

test('the choice is remembered for the next visit to /, and links to English pages stay English', async ({
  page,
}) => {
  await page.goto('/')
  await languageSwitch(page, 'हिन्दी').click()
  await page.waitForURL('**/hi/')
  await page.goto('/')
  await page.waitForURL('**/hi/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
  // A link to an English page is followed as it is.
  await page.goto(CAREER)
  await expect(page).toHaveURL(new RegExp(`${CAREER}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-IN')
  // Choosing English again: "/" stays English.
  await page.goto(`/hi${CAREER}`)
  await languageSwitch(page, 'English').click()
  await page.waitForURL(`**${CAREER}`)
  await page.goto('/')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-IN')
})

test('keyboard: from the top, the skip link, the header and the page are reached in order, in Hindi', async ({
  page,
}) => {
  await page.goto(`/hi${CAREER}`)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: hi.shell.skipToContent })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  const reached = new Set<string>()
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    reached.add(await page.evaluate(() => document.activeElement?.closest('main, header')?.tagName ?? ''))
  }
  expect(reached.has('MAIN')).toBe(true)
})

test('an unknown address under /hi/ gets the Hindi not-found page, with status 404', async ({ page }) => {
  const response = await page.goto('/hi/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
  await expect(page.getByRole('heading', { level: 1, name: hi.shell.notFoundTitle })).toBeVisible()
  expect(await leftovers(page)).toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  for (const path of PAGES)
    test(`${inHindi(path)} reads in Hindi`, async ({ browser, baseURL }) => {
      // The fixtures' page waits for the app, which never starts here: a plain context.
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false, serviceWorkers: 'block' })
      const page = await context.newPage()
      const response = await page.goto(inHindi(path))
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
      await expect(page.getByText(hi.shell.noJavaScriptPage)).toBeVisible()
      await expect(
        page
          .getByRole('navigation', { name: hi.shell.mainNavigation })
          .getByRole('link', { name: hi.shell.navCareers }),
      ).toBeVisible()
      expect(await leftovers(page)).toEqual([])
      await context.close()
    })
})

test('saving from a Hindi page shows on the English reading list, and back', async ({ page }) => {
  await page.goto(`/hi${CAREER}`)
  const save = page.getByRole('button', { name: new RegExp(`^${hi.readingList.toggle.save} `) })
  const first = save.first()
  const title = (await first.locator('.visually-hidden').textContent())?.trim() ?? ''
  expect(title).not.toBe('')
  await first.click()
  await expect(first).toHaveAttribute('aria-pressed', 'true')

  await page.goto('/reading-list')
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible()

  // Saved in English, seen in Hindi, with the Hindi list's words around the English titles.
  await page.goto(CAREER)
  await page
    .getByRole('button', { name: /^Save / })
    .nth(1)
    .click()
  await page.goto('/hi/reading-list')
  await expect(page.getByRole('heading', { level: 2, name: hi.readingList.savedHeading })).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(2)
  await expect(
    page.getByText(`${hi.readingList.progress.replace('{done}', '0').replace('{total}', '2')}`),
  ).toBeVisible()
  expect(await leftovers(page)).toEqual([])
  await expectNoAxeViolations(page)
})

test('the salaries page in Hindi: units, the offer read back in Hindi, the chart and the in-hand working', async ({
  page,
}) => {
  await page.goto(`/hi${CAREER}/salaries`)
  const t = hi.salaries
  await expect(page.getByRole('columnheader', { name: t.rangeHeading.year })).toBeVisible()
  const offer = page.getByRole('textbox', { name: t.offerLabel.year })
  await offer.fill('15 लाख')
  await expect(page.locator('[id$="-offer-message"]')).toContainText('₹15\u00a0लाख प्रति वर्ष के रूप में पढ़ा गया।')
  await expect(page.getByRole('columnheader', { name: /आपका ऑफ़र/ })).toBeVisible()

  await page.getByRole('radio', { name: t.unit.month }).check()
  await expect(page.getByRole('columnheader', { name: t.rangeHeading.month })).toBeVisible()

  await page.locator('.chart-frame').scrollIntoViewIfNeeded()
  await expect(page.getByRole('application')).toBeVisible()
  // A month's range in rupees on the chart, and its place named as the source names it.
  await expect(page.locator('.salary-chart__row').first()).toContainText(/₹[\d,]+–₹[\d,]+/)

  await page.getByRole('radio', { name: t.unit.inhand }).check()
  await expect(page.getByRole('rowheader', { name: t.working.gross })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: t.working.inHandMonth })).toBeVisible()
  expect(await leftovers(page)).toEqual([])
  await expectNoAxeViolations(page)
})
