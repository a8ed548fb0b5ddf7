import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const PATH = '/careers/python-developer/salaries'

const table = (page: Page) => page.getByRole('table', { name: /Mid-level total cash compensation/ })
const working = (page: Page) => page.getByRole('table', { name: /from gross pay to in hand/ })
const barPlaces = (page: Page) => page.locator('.salary-chart__row text tspan:first-child')
const barLabels = (page: Page) => page.locator('.salary-chart__row text tspan:nth-child(2)')
async function showChart(page: Page) {
  await page.locator('.chart-frame').scrollIntoViewIfNeeded()
  await expect(page.getByRole('application')).toBeVisible()
}

test('?unit=inhand&offer=15 on a fresh load shows the in-hand figure for Bangalore and the working', async ({
  page,
}) => {
  await page.goto(`${PATH}?unit=inhand&offer=15`)
  await expect(page.getByRole('radio', { name: 'In hand per month (estimate)' })).toBeChecked()
  await expect(page.getByRole('textbox', { name: /Your offer/ })).toHaveValue('15')
  await expect(table(page).getByRole('row', { name: /^Bangalore/ })).toContainText(
    '₹1,14,867: within, 27% of the way up',
  )

  await expect(working(page)).toHaveAccessibleName(/^Your offer of ₹15.L in Bangalore/)
  await expect(working(page).getByRole('row', { name: /^In hand a month/ })).toContainText('₹1,14,867')
  await expect(working(page).getByRole('row', { name: /^Income tax for the year/ })).toContainText('₹97,500')
  await expect(page.getByText(/not tax or financial advice/)).toBeVisible()

  // The chart follows: in-hand labels, the offer marked on each bar, remote work left out.
  await showChart(page)
  await expect(barPlaces(page)).toHaveText([
    'Bangalore',
    'Hyderabad',
    'Pune',
    'NCR (Gurugram + Noida)',
    'Mumbai',
  ])
  await expect(barLabels(page).first()).toHaveText('₹97,992–₹1,61,283')
  await expect(page.locator('.salary-chart__offer-mark')).toHaveCount(5)
})

test('the PF assumption and the figure worked through are kept in the address', async ({ page }) => {
  await page.goto(`${PATH}?unit=inhand&offer=15`)
  await page.getByRole('radio', { name: '12% of basic, basic 40% of pay' }).check()
  await expect(page).toHaveURL(/pf=basic40/)
  await expect(working(page).getByRole('row', { name: /^Your PF/ })).toContainText('₹72,000')
  await page.getByRole('combobox', { name: 'Work through' }).selectOption('pune:high')
  await expect(page).toHaveURL(/working=pune%3Ahigh|working=pune:high/)
  await expect(working(page)).toHaveAccessibleName(/^Pune, high end/)
  await page.reload()
  await expect(working(page)).toHaveAccessibleName(/^Pune, high end/)
  await expect(page.getByRole('radio', { name: '12% of basic, basic 40% of pay' })).toBeChecked()
})

test('axe: no violations with the working panel open; no sideways scroll at 360 px', async ({ page }) => {
  await page.goto(`${PATH}?unit=inhand&offer=15`)
  await expect(working(page)).toBeVisible()
  await showChart(page)
  await expectNoAxeViolations(page)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('the working can be closed and opened again by keyboard', async ({ page }) => {
  await page.goto(`${PATH}?unit=inhand&offer=15`)
  const summary = page.getByText('Show the working', { exact: true })
  await summary.focus()
  await page.keyboard.press('Enter')
  await expect(working(page)).toBeHidden()
  await page.keyboard.press('Enter')
  await expect(working(page)).toBeVisible()
})
