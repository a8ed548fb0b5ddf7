import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const PATH = '/careers/python-developer/salaries'
const PAGE_ORDER = [
  'Bangalore',
  'Hyderabad',
  'Pune',
  'NCR (Gurugram + Noida)',
  'Mumbai',
  'Remote / international',
]

const chart = (page: Page) => page.getByRole('application')
/** The chart loads when it comes into view (or on a first scroll, tap, key or focus): bring it into view. */
async function showChart(page: Page) {
  await page.locator('.chart-frame').scrollIntoViewIfNeeded()
  await expect(chart(page)).toBeVisible()
}
const tooltip = (page: Page) => page.locator('.chart-tooltip')
/** What a screen reader hears as the keyboard moves over the chart: its one live region, not the tooltip. */
const announced = (page: Page) => page.getByRole('figure').getByRole('status')
const table = (page: Page) => page.getByRole('table', { name: /Mid-level total cash compensation/ })
const offerLine = (page: Page) => page.locator('.salary-chart__offer')
const offerBox = (page: Page) => page.getByRole('textbox', { name: /Your offer/ })
/** The place names on the chart's bars, top to bottom. */
const barPlaces = (page: Page) => page.locator('.salary-chart__row text tspan:first-child')
const barLabels = (page: Page) => page.locator('.salary-chart__row text tspan:nth-child(2)')
const tableRow = (page: Page, place: string) =>
  table(page).getByRole('row', { name: new RegExp(`^${place.replace(/[()+]/g, '\\$&')}`) })

test('from the career page to the chart', async ({ page }) => {
  await page.goto('/careers/python-developer')
  await page
    .getByRole('region', { name: 'Salary by Indian city' })
    .getByRole('link', { name: /on a chart/ })
    .click()
  await expect(page).toHaveURL(new RegExp(`${PATH}$`))
  await expect(
    page.getByRole('heading', { level: 1, name: 'Python Developer salaries by city' }),
  ).toBeFocused()
  await expect(chart(page)).toBeVisible()
  await expect(barPlaces(page)).toHaveText(PAGE_ORDER)
  await expect(barLabels(page).first()).toHaveText('₹12–22\u00a0L')
  await expect(page.getByText(/^Across 5 places in India/)).toBeVisible()
})

test('the catalog card links to the salary page', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Salaries by city for Python Developer' }).click()
  await expect(page).toHaveURL(new RegExp(`${PATH}$`))
  await expect(chart(page)).toBeVisible()
})

test('sort and unit change the order and the labels of the chart and the table', async ({ page }) => {
  await page.goto(PATH)
  await showChart(page)
  await expect(barPlaces(page)).toHaveText(PAGE_ORDER)

  await page
    .getByRole('combobox', { name: 'Sort places' })
    .selectOption({ label: 'Bottom of range, highest first' })
  const byBottom = [
    'Bangalore',
    'Hyderabad',
    'NCR (Gurugram + Noida)',
    'Mumbai',
    'Pune',
    'Remote / international',
  ]
  await expect(barPlaces(page)).toHaveText(byBottom)
  await expect(table(page).getByRole('rowheader')).toHaveText(byBottom)
  await expect(page).toHaveURL(/\?sort=bottom$/)

  await page.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }).check()
  await expect(barLabels(page).first()).toHaveText('₹1,00,000–₹1,83,333')
  await expect(tableRow(page, 'Bangalore')).toContainText('₹1,00,000–₹1,83,333')
  await expect(page.getByText(/yearly figure divided by 12/).first()).toBeVisible()
  await expect(page.locator('.recharts-xAxis-tick-labels text')).toHaveText(['₹0', '₹2,00,000', '₹4,00,000'])
  await expect(page).toHaveURL(/\?sort=bottom&unit=month$/)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBe(0)
})

test('an offer of 15 L: Bangalore and Pune within, remote below; reload and a copied link restore it', async ({
  page,
  context,
}) => {
  await page.goto(PATH)
  await offerBox(page).fill('15')
  await showChart(page)
  await expect(tableRow(page, 'Bangalore')).toContainText('Within, 30% of the way up')
  await expect(tableRow(page, 'Pune')).toContainText('Within, 71% of the way up')
  await expect(tableRow(page, 'Remote / international')).toContainText('Below, by ₹5\u00a0L')
  await expect(offerLine(page)).toContainText('Your offer ₹15\u00a0L')
  await expect(page).toHaveURL(/\?offer=15$/)
  await page.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }).check()
  await page.getByRole('combobox', { name: 'Sort places' }).selectOption('top')
  await expect(offerBox(page)).toHaveValue('125000')
  const url = page.url()

  const expectSameView = async (view: Page) => {
    await expect(view.getByRole('combobox', { name: 'Sort places' })).toHaveValue('top')
    await expect(view.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' })).toBeChecked()
    await expect(offerBox(view)).toHaveValue('125000')
    await expect(tableRow(view, 'Bangalore')).toContainText('Within, 30% of the way up')
    await expect(tableRow(view, 'Remote / international')).toContainText('Below, by ₹41,667')
    await expect(offerLine(view)).toContainText('Your offer ₹1,25,000')
  }
  await page.reload()
  await showChart(page)
  await expectSameView(page)

  const copied = await context.newPage()
  await copied.goto(url)
  await showChart(copied)
  await expectSameView(copied)
})

test('typing an offer replaces the history entry instead of adding one per key', async ({ page }) => {
  await page.goto('/careers/python-developer')
  await page.goto(PATH)
  const before = await page.evaluate(() => history.length)
  await offerBox(page).pressSequentially('22.5', { delay: 30 })
  await expect(page).toHaveURL(/\?offer=22.5$/)
  expect(await page.evaluate(() => history.length)).toBe(before)
  await expect(offerBox(page)).toHaveValue('22.5')
  await page.goBack()
  await expect(page).toHaveURL(/\/careers\/python-developer$/)
})

test('changing the view keeps the page where it is (no jump to the top)', async ({ page }) => {
  await page.goto(PATH)
  await offerBox(page).focus()
  await page.evaluate(() => window.scrollTo(0, 300))
  await page.keyboard.type('18')
  await expect(page).toHaveURL(/\?offer=18$/)
  await page.getByRole('combobox', { name: 'Sort places' }).focus()
  await page.evaluate(() => window.scrollTo(0, 300))
  await page.keyboard.press('End') // the last option: by midpoint
  await expect(page).toHaveURL(/\?offer=18&sort=mid$/)
  expect(await page.evaluate(() => window.scrollY)).toBe(300)
})

test('invalid offers are explained inline and draw no line', async ({ page }) => {
  await page.goto(PATH)
  await showChart(page)
  for (const [typed, message] of [
    ['abc', 'Enter lakh a year'],
    ['-1', 'cannot be negative'],
    ['0', 'Enter an amount above zero'],
    ['10,000', 'more than ₹5 crore a year'],
    ['15,5', 'Did you mean ₹15.5'],
  ]) {
    await offerBox(page).fill(typed!)
    await expect(offerBox(page)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText(message!)).toBeVisible()
    await expect(offerLine(page)).toHaveCount(0)
  }
  await page.getByRole('button', { name: 'Clear offer' }).click()
  await expect(offerBox(page)).toHaveValue('')
  await expect(offerBox(page)).toBeFocused()
})

test('a hostile address falls back to the default view without an error', async ({ page }) => {
  await page.goto(`${PATH}?offer=-1&sort=<script>alert(1)</script>&unit=fortnight`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Sort places' })).toHaveValue('page')
  await expect(page.getByRole('radio', { name: 'Per year (₹ lakh)' })).toBeChecked()
  await expect(offerBox(page)).toHaveValue('')
  await expect(offerBox(page)).not.toHaveAttribute('aria-invalid')
  await showChart(page)
  await expect(barPlaces(page)).toHaveText(PAGE_ORDER)
  await expect(offerLine(page)).toHaveCount(0)
})

test('keyboard: Tab reaches the chart, arrows move between bars, Escape closes the tooltip', async ({
  page,
}) => {
  await page.goto(`${PATH}?offer=15`)
  // Focus arriving on the page is a sign of use: the chart loads without scrolling to it.
  await page.getByRole('button', { name: 'Clear offer' }).focus()
  await expect(chart(page)).toBeAttached()
  await page.keyboard.press('Tab') // the source link in the caption
  await page.keyboard.press('Tab')
  await expect(chart(page)).toBeFocused()
  await expect(tooltip(page)).toBeVisible()
  await expect(tooltip(page)).toContainText(
    'Bangalore₹12–22\u00a0L a yearYour offer: Within, 30% of the way up',
  )
  await expect(announced(page)).toHaveText(
    'Bangalore: ₹12–22\u00a0L a year. Your offer: Within, 30% of the way up.',
  )

  await page.keyboard.press('ArrowDown')
  await expect(tooltip(page)).toContainText('Hyderabad')
  await expect(announced(page)).toHaveText(/^Hyderabad: /)
  await page.keyboard.press('ArrowRight')
  await expect(tooltip(page)).toContainText('Pune')
  await expect(tooltip(page)).toContainText('Within, 71% of the way up')
  await page.keyboard.press('ArrowUp')
  await expect(tooltip(page)).toContainText('Hyderabad')
  await page.keyboard.press('ArrowLeft')
  await expect(tooltip(page)).toContainText('Bangalore')
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown')
  await expect(tooltip(page)).toContainText('Remote / international')
  await expect(tooltip(page)).toContainText('Below, by ₹5\u00a0L')

  // Arrow keys on the chart move between bars; they do not scroll the page. (Wait out any smooth scrolling first.)
  let scrollBefore = -1
  await expect
    .poll(async () => {
      const [previous, now] = [scrollBefore, await page.evaluate(() => window.scrollY)]
      scrollBefore = now
      return now === previous
    })
    .toBe(true)
  await page.keyboard.press('ArrowUp')
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore)

  await page.keyboard.press('Escape')
  await expect(tooltip(page)).toBeHidden()
  await expect(announced(page)).toHaveText('')
})

test('axe: no violations with an offer set, nor with the tooltip open', async ({ page }) => {
  await page.goto(`${PATH}?offer=15`)
  await showChart(page)
  await expectNoAxeViolations(page)
  await chart(page).focus()
  await expect(tooltip(page)).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await page.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }).check()
  await expect(offerBox(page)).toHaveValue('125000')
  await expectNoAxeViolations(page)
  await offerBox(page).fill('-1')
  await expectNoAxeViolations(page)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBe(0)
})

test('hovering a bar shows its range and verdict', async ({ page }) => {
  await page.goto(`${PATH}?offer=15`)
  await showChart(page)
  await page.locator('.salary-chart__row rect').nth(2).hover()
  await expect(tooltip(page)).toContainText('Pune₹10–17\u00a0L a yearYour offer: Within, 71% of the way up')
})

test('animation is off under prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(PATH)
  await page.locator('.chart-frame').scrollIntoViewIfNeeded()
  const widths = () =>
    page.locator('.salary-chart__row rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('width')))
  await expect(page.locator('.salary-chart__row rect')).toHaveCount(6)
  // Ten animation frames (recharts animates frame by frame): an animated bar would change width between them.
  const first = await widths()
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 0
        const tick = () => (++frames < 10 ? requestAnimationFrame(tick) : resolve())
        requestAnimationFrame(tick)
      }),
  )
  expect(await widths()).toEqual(first)
})

test('the heading, summary, controls and table paint before the chart code, in its reserved height', async ({
  page,
}) => {
  // Hold the chart's chunk back: everything else must already be on screen, and nothing may move when it lands.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const chartRequests: string[] = []
  await page.route(/\/assets\/salary-chart-[^/]+\.js$/, async (route) => {
    chartRequests.push(route.request().url())
    await held
    await route.continue()
  })
  await page.addInitScript(() => {
    ;(window as unknown as { shifts: number }).shifts = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        ;(window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  /** Where an element sits on the page (not in the viewport), and its size. */
  const boxOf = (selector: string) =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect()
      return { top: box.top + window.scrollY, height: box.height, width: box.width }
    })

  await page.goto(PATH)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/^Across 5 places in India/)).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Sort places' })).toBeVisible()
  await expect(table(page)).toBeVisible()
  const placeholder = page.getByText('Loading the chart…')
  await expect(placeholder).toBeVisible()
  // Below the controls on a phone, out of view: not fetched until it is needed. Two frames after the page is
  // ready, the visibility observer has reported it out of view.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  expect(chartRequests).toEqual([])
  const reserved = await boxOf('.chart-frame')
  const table0 = await boxOf('.salary-table')

  await page.locator('.chart-frame').scrollIntoViewIfNeeded()
  await expect.poll(() => chartRequests.length).toBe(1)
  await expect(placeholder).toBeVisible()
  release()
  await expect(chart(page)).toBeVisible()
  await expect(placeholder).toBeHidden()
  expect(await boxOf('.chart-frame')).toEqual(reserved)
  expect((await boxOf('.recharts-surface')).height).toBe(reserved.height)
  expect(await boxOf('.salary-table')).toEqual(table0)
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0)
})

test('recharts loads with the salary page only, and the offer never leaves the browser', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto('/')
  await page.goto('/careers/python-developer')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(requests.filter((url) => url.includes('salary-chart'))).toEqual([])

  await page.goto(PATH)
  await showChart(page)
  expect(requests.filter((url) => url.includes('salary-chart'))).toHaveLength(1)

  requests.length = 0
  await offerBox(page).pressSequentially('17', { delay: 20 })
  await page.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }).check()
  await expect(offerBox(page)).toHaveValue('141667')
  // The address is written last, after the typing pause.
  await expect(page).toHaveURL(/offer=141667/)
  // Chromium may fetch the favicon again when the address changes; nothing else goes out.
  expect(requests.filter((url) => !url.endsWith('/favicon.svg'))).toEqual([])
})

test('if the chart cannot download, the table still shows every figure and the chart can be retried', async ({
  page,
  pageProblems,
}) => {
  await page.route(/salary-chart-[^/]*\.js$/, (route) => route.abort('internetdisconnected'))
  await page.goto(PATH)
  await page.locator('.chart-frame').scrollIntoViewIfNeeded()
  await expect(page.getByRole('alert')).toContainText(
    'The chart could not load. The table has the same figures.',
  )
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(7)

  await page.unroute(/salary-chart-[^/]*\.js$/)
  await page.getByRole('button', { name: 'Try loading the chart again' }).click()
  await expect(chart(page)).toBeVisible()
  // The browser reports the failed download itself; that one is expected here, anything else still fails the test.
  const expected = (problem: string) =>
    /ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module/.test(problem)
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !expected(problem)))
})
