// After one visit the app works with no network: every route from a cold start, search, the chart, saving.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const CAREER = '/careers/python-developer'

async function untilOfflineReady(page: Page) {
  // The worker takes control of the page once it has cached every file (clientsClaim).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  })
}

/** How many files the reading list's careers have in the offline cache (src/app/offline-careers.ts). */
const keptFiles = (page: Page) =>
  page.evaluate(
    async () =>
      (await (await caches.open('saved-careers')).keys()).filter((request) =>
        /^\/(careers|content)\//.test(new URL(request.url).pathname),
      ).length,
  )

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('after one visit: pages read, the reading list’s careers, the catalog and the reading list work offline', async ({
    page,
    context,
    pageProblems,
  }) => {
    await page.goto(CAREER)
    await untilOfflineReady(page)
    // Saving an item keeps its career's pages for offline use, the salaries and day pages included (never opened).
    await page.getByRole('button', { name: 'Save Fluent Python (2nd Edition)', exact: true }).click()
    await expect.poll(() => keptFiles(page), { timeout: 30_000 }).toBe(4)
    await context.setOffline(true)

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveText(
      'You are offline. Pages you have opened and the careers on your reading list still work, and what you save is kept.',
    )

    // Cold loads of each page, straight from the address bar.
    await page.goto(`${CAREER}?topics=testing`)
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 9 of 62 items')

    await page.goto(`${CAREER}/salaries`)
    await page.getByRole('heading', { level: 2, name: 'The ranges on a chart' }).scrollIntoViewIfNeeded()
    await expect(page.getByRole('application')).toBeVisible()

    await page.goto(`${CAREER}/day?step=3`)
    await expect(page.getByText('Step 3 of 11')).toBeVisible()

    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Explore tech careers in India' })).toBeVisible()

    await page.goto('/reading-list')
    await expect(page.getByRole('heading', { level: 3, name: /Fluent Python/ })).toBeVisible()

    // A search whose index files were never fetched here says it needs the network; it never spins for ever.
    const search = page.getByRole('combobox', { name: 'Search all careers' })
    await search.fill('fluent')
    await expect(
      page.getByRole('status').filter({ hasText: 'searching for this needs the network' }),
    ).toBeVisible()
    // The search's failed downloads are reported on the console: that is the network, not the app.
    const unexpected = pageProblems.filter((problem) => !/net::ERR_FAILED/.test(problem))
    pageProblems.splice(0, pageProblems.length, ...unexpected)

    // Back online, what was saved is still there, and removing the last item lets its career's copy go.
    await context.setOffline(false)
    await page.goto('/reading-list')
    await expect(page.getByRole('heading', { level: 3, name: /Fluent Python/ })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveCount(0)
    await page.goto(CAREER)
    await page.getByRole('button', { name: 'Save Fluent Python (2nd Edition)', exact: true }).click()
    await expect.poll(() => keptFiles(page), { timeout: 30_000 }).toBe(0)
  })

  test('online, an address the worker has no copy of goes to the network, and real files are never answered with a page', async ({
    page,
    pageProblems,
  }) => {
    await page.goto('/')
    await untilOfflineReady(page)
    await page.goto('/robots.txt')
    await expect(page.locator('body')).toContainText('User-agent')
    await page.goto('/careers/astronaut')
    await expect(page.getByRole('heading', { level: 1, name: 'Career not found' })).toBeVisible()
    // Through the worker, the fixtures cannot match the 404s of that address and of its content file to the
    // document: they are the host saying "no such career", as it should.
    const unexpected = pageProblems.filter((problem) => !/status of 404/.test(problem))
    pageProblems.splice(0, pageProblems.length, ...unexpected)
  })
})

test('losing the network mid-use keeps the reader in the app, with Try again', async ({
  page,
  context,
  pageProblems,
}) => {
  // No service worker here: the first visit is still going on when the network drops.
  await page.goto('/')
  await context.setOffline(true)
  await page.getByRole('link', { name: 'Python Developer', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible()

  await context.setOffline(false)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()

  // The failed downloads are reported on the console; that is the network, not the app.
  const expected = /ERR_INTERNET_DISCONNECTED|Failed to fetch|Unable to preload CSS/
  const unexpected = pageProblems.filter((problem) => !expected.test(problem))
  pageProblems.splice(0, pageProblems.length, ...unexpected)
})
