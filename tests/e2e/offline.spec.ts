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

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('one visit, then every route, search and saving work offline', async ({ page, context }) => {
    await page.goto('/')
    await untilOfflineReady(page)
    await context.setOffline(true)

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Explore tech careers in India' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveText(
      'You are offline. Every page still works, and what you save to your reading list is kept.',
    )

    // Cold loads of each page, straight from the address bar.
    await page.goto(`${CAREER}?topics=testing`)
    await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 9 of 62 items')
    await page.goto(CAREER)
    await page.getByRole('button', { name: 'Save Fluent Python (2nd Edition)', exact: true }).click()
    await expect(
      page.getByRole('button', { name: 'Save Fluent Python (2nd Edition)', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true')

    await page.goto(`${CAREER}/salaries`)
    await page.locator('.chart-frame').scrollIntoViewIfNeeded()
    await expect(page.getByRole('application')).toBeVisible()

    await page.goto(`${CAREER}/day?step=3`)
    await expect(page.getByText('Step 3 of 11')).toBeVisible()

    await page.goto('/reading-list')
    await expect(page.getByRole('heading', { level: 3, name: /Fluent Python/ })).toBeVisible()

    const search = page.getByRole('combobox', { name: 'Search all careers' })
    await search.fill('fluent')
    await page.getByRole('option', { name: /Fluent Python \(2nd Edition\)/ }).click()
    await expect(page).toHaveURL(/#resources-fluent-python$/)
    await expect(page.locator('#resources-fluent-python')).toBeFocused()

    // An address with no page of its own still opens the app.
    await page.goto('/careers/astronaut')
    await expect(page.getByRole('heading', { level: 1, name: 'Career not found' })).toBeVisible()

    // Back online, what was saved offline is still there.
    await context.setOffline(false)
    await page.goto('/reading-list')
    await expect(page.getByRole('heading', { level: 3, name: /Fluent Python/ })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveCount(0)
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
