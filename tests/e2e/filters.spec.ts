import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const itemsIn = (page: Page, section: string) => page.locator(`#${section} li.item`)

test('topic "testing" narrows every section, the URL reproduces it, and Back undoes a chip', async ({
  page,
  context,
}) => {
  await page.goto('/careers/python-developer')
  await page.getByRole('button', { name: /Filter this page/ }).click()
  await page.getByRole('button', { name: 'Testing', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 9 of 62 items')
  await expect(page).toHaveURL(/topics=testing/)

  for (const section of ['day', 'mistakes', 'resources', 'responsibilities']) {
    const items = itemsIn(page, section)
    const count = await items.count()
    expect(count, section).toBeGreaterThan(0)
    for (let i = 0; i < count; i++)
      await expect(items.nth(i).getByRole('list', { name: 'Topics' })).toContainText('Testing')
  }
  await expect(page.getByRole('region', { name: 'Advantages' })).toContainText(
    'No items in this section match',
  )
  await expectNoAxeViolations(page)

  // The same URL in a new page shows the same view.
  const other = await context.newPage()
  await other.goto(page.url())
  await expect(other.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 9 of 62 items')
  await expect(other.getByRole('button', { name: 'Testing', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await other.close()

  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 2 of 62 items')
  await page.goBack()
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 9 of 62 items')
  await expect(page.getByRole('button', { name: 'Databases', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
})

test('typing a query marks matches and copy link confirms', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/careers/python-developer')
  await page.getByRole('button', { name: /Filter this page/ }).click()
  await page.getByRole('searchbox', { name: 'Search this page' }).fill('celery')
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 4 of 62 items')
  await expect(page.locator('#day mark').first()).toHaveText('Celery')
  // Copied straight after typing, before the address bar has caught up: the link still holds the query.
  await page.getByRole('button', { name: 'Copy link to this view' }).click()
  await expect(page.getByText('Link copied.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(new URL(copied).searchParams.get('q')).toBe('celery')
  await expect(page).toHaveURL(copied)
})

test('hostile params render the page without error', async ({ page }) => {
  await page.goto(
    '/careers/python-developer?topics=%3Cscript%3Ealert(1)%3C/script%3E&section=constructor&q=%00%F0%9F%92%A5&kinds={}&india=[]',
  )
  await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(/Showing \d+ of 62 items/)
})

test('axe is clean with filters applied and with the header search open', async ({ page }) => {
  await page.goto('/careers/python-developer?topics=async&kinds=book&q=python')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('combobox', { name: 'Search all careers' }).fill('django')
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expectNoAxeViolations(page)
})

test('after Back, the chip that has focus is on screen', async ({ page }) => {
  await page.goto('/careers/python-developer')
  const book = page.getByRole('region', { name: /What to read/ }).getByRole('button', { name: /^Book/ })
  await book.scrollIntoViewIfNeeded()
  await book.focus()
  await page.keyboard.press('Enter')
  await expect(book).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(/kinds=book/)
  await expect(book).toBeInViewport()

  await page.goBack()
  await expect(page).not.toHaveURL(/kinds=book/)
  await expect(book).toHaveAttribute('aria-pressed', 'false')
  await expect(book).toBeFocused()
  await expect(book).toBeInViewport()
})
