// Each page downloads its own career's content and nothing else; one spelling per address.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Paths of the requests a page makes from now on. */
function recordRequests(page: Page): string[] {
  const paths: string[] = []
  page.on('request', (request) => paths.push(new URL(request.url()).pathname))
  return paths
}

test('a direct load of a career page fetches no content file and no stylesheet: both are in the HTML', async ({
  page,
}) => {
  const requests = recordRequests(page)
  await page.goto('/careers/python-developer/salaries')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Python Developer')
  // The chart's code loads when it comes into view; still no stylesheet is downloaded again.
  await page.locator('.chart-frame').scrollIntoViewIfNeeded()
  await expect(page.getByRole('application')).toBeVisible()
  expect(requests.filter((path) => path.startsWith('/content/'))).toEqual([])
  expect(requests.filter((path) => path.endsWith('.css'))).toEqual([])
})

test('from the catalog, a career’s content is fetched once, for all of its pages', async ({ page }) => {
  await page.goto('/')
  const requests = recordRequests(page)
  await page.getByRole('link', { name: 'Python Developer', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
  await page
    .getByRole('link', { name: 'Compare these ranges on a chart and see where your offer sits' })
    .click()
  await expect(page).toHaveURL(/\/careers\/python-developer\/salaries$/)
  await page.goBack()
  await page.getByRole('link', { name: 'Walk through the day step by step' }).click()
  await expect(page).toHaveURL(/\/careers\/python-developer\/day$/)
  expect(requests.filter((path) => path.startsWith('/content/'))).toEqual([
    '/content/careers/python-developer.json',
  ])
})

test('one spelling per address: capitals, a trailing slash and index.html lead to the page', async ({
  page,
}) => {
  for (const [given, expected, heading] of [
    ['/READING-LIST', '/reading-list', 'Reading list'],
    ['/careers/PYTHON-DEVELOPER/', '/careers/python-developer', 'Python Developer'],
    ['/index.html', '/', 'Explore tech careers in India'],
  ] as const) {
    await page.goto(given)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    expect(new URL(page.url()).pathname).toBe(expected)
  }
})

test('paths that are not routes are not found, even under a real page', async ({ page }) => {
  for (const path of ['/careers/python-developer/salaries/anything', '/careers/python-developer/day/x/y']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: /Python Developer/ })).toHaveCount(0)
  }
})
