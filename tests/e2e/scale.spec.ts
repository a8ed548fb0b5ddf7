// Against a build with 200 synthetic careers beside the real one (`npm run build:synthetic`, Playwright project
// "synthetic-careers"): the catalog pages and filters, search across careers, and a career page that downloads
// only its own content.
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

function recordRequests(page: Page): string[] {
  const paths: string[] = []
  page.on('request', (request) => paths.push(new URL(request.url()).pathname))
  return paths
}

test('the catalog shows 20 careers a page, with the page in the address', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: '201 careers; showing 1–20' })).toBeVisible()
  const cards = page.locator('.card-list > li')
  await expect(cards).toHaveCount(20)
  const pager = page.getByRole('navigation', { name: 'Pages of careers' })
  await expect(pager).toContainText('Page 1 of 11')
  await expectNoAxeViolations(page)

  await pager.getByRole('link', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/\?page=2$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Careers, page 2 of 11' })).toBeFocused()
  await expect(cards.first()).toContainText('Synthetic career 20')
  await expect(cards).toHaveCount(20)

  // Reload keeps the page; Back returns to the first.
  await page.reload()
  await expect(pager).toContainText('Page 2 of 11')
  await page.goBack()
  await expect(pager).toContainText('Page 1 of 11')
  await expect(cards.first()).toContainText('Python Developer')
})

test('filters run over every career and count the matches', async ({ page }) => {
  await page.goto('/?page=3')
  await expect(page.getByRole('navigation', { name: 'Pages of careers' })).toContainText('Page 3 of 11')
  await page.getByLabel('Career name').fill('synthetic career 15')
  // 15, 115 and 150–159, over the whole catalog, from its first page.
  await expect(page.getByRole('status').filter({ hasText: '12 of 201 careers match' })).toBeVisible()
  await expect(page).not.toHaveURL(/page=/)
  await expect(page.locator('.card-list > li')).toHaveCount(12)
  await page.getByLabel('Place').selectOption({ label: 'Pune' })
  await page.getByLabel('Pays at least (₹ lakh a year)').fill('1000')
  await expect(page.getByText('No career matches these filters.')).toBeVisible()
})

test('search finds an item of career 150 and opens it there', async ({ page, request }) => {
  const career = (await (await request.get('/content/careers/synthetic-career-150.json')).json()) as {
    resources: { id: string; title: string }[]
  }
  const resource = career.resources[2]!
  await page.goto('/')
  const search = page.getByRole('combobox', { name: 'Search all careers' })
  await search.fill(resource.title)
  await expect(
    page.getByRole('option', { name: new RegExp(resource.title.split(' ')[0]!) }).first(),
  ).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/careers/synthetic-career-150#resources-${resource.id}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Synthetic career 150' })).toBeVisible()
})

test('a career page downloads its own content only', async ({ page }) => {
  await page.goto('/')
  const requests = recordRequests(page)
  await page.getByRole('link', { name: 'Synthetic career 7', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Synthetic career 7' })).toBeVisible()
  expect(requests.filter((path) => path.startsWith('/content/'))).toEqual([
    '/content/careers/synthetic-career-7.json',
  ])

  // A direct load: the career is in the HTML; no other career's content, no catalog index.
  const direct = recordRequests(page)
  await page.goto('/careers/synthetic-career-42/day')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Synthetic career 42')
  expect(direct.filter((path) => path.startsWith('/content/'))).toEqual([])
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
  )
  // The same page of the real career weighs about as much (bench:scale has the figures); far from 201 careers.
  expect(scripts).toBeLessThan(600_000)
})

test.describe('offline, with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('a career read and a career saved from open offline; one never opened says it needs the network', async ({
    page,
    context,
    pageProblems,
  }) => {
    await page.goto('/careers/synthetic-career-3')
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    })
    // Read with the worker in control: kept as it was read.
    await page.goto('/careers/synthetic-career-3')
    await page.goto('/careers/synthetic-career-9')
    await page
      .getByRole('button', { name: /^Save / })
      .first()
      .click()
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            (await (await caches.open('saved-careers')).keys()).map(
              (request) => new URL(request.url).pathname,
            ),
          ),
        { timeout: 30_000 },
      )
      .toEqual(
        expect.arrayContaining([
          '/careers/synthetic-career-9',
          '/careers/synthetic-career-9/salaries',
          '/careers/synthetic-career-9/day',
          '/content/careers/synthetic-career-9.json',
        ]),
      )
    await context.setOffline(true)

    await page.goto('/careers/synthetic-career-3')
    await expect(page.getByRole('heading', { level: 1, name: 'Synthetic career 3' })).toBeVisible()
    await page.goto('/careers/synthetic-career-9/day')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Synthetic career 9')
    await page.goto('/careers/synthetic-career-9/salaries')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Synthetic career 9')

    await page.goto('/careers/synthetic-career-50')
    await expect(page.getByRole('alert')).toContainText(
      'You are offline, and this page is not kept on this device: it needs the network.',
    )
    // The failed downloads of the career never opened are reported on the console: that is the network.
    const unexpected = pageProblems.filter(
      (problem) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(problem),
    )
    pageProblems.splice(0, pageProblems.length, ...unexpected)
  })
})
