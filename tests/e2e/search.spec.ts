import { expect, expectNoAxeViolations, test } from './fixtures'

test('header search: "fluent" then Enter lands on Fluent Python on the career page', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('/')
  const search = page.getByRole('combobox', { name: 'Search all careers' })
  await expect(search).toBeFocused()
  await search.fill('fluent')
  const option = page.getByRole('option', { name: /Fluent Python \(2nd Edition\)/ })
  await expect(option).toBeVisible()
  await expectNoAxeViolations(page)

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/careers\/python-developer#resources-fluent-python$/)
  const item = page.locator('#resources-fluent-python')
  await expect(item).toBeFocused()
  await expect(item).toHaveAttribute('data-target', '')
  await expect(item).toBeInViewport()
})

test('header search works from the career page too, and Ctrl+K opens it', async ({ page }) => {
  await page.goto('/careers/python-developer')
  await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
  await page.keyboard.press('Control+k')
  await page.keyboard.type('bootcamps')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#education-bootcamps$/)
  await expect(page.locator('#education-bootcamps')).toBeFocused()
  await expect(page.locator('#education-bootcamps')).toBeInViewport()
})

test('a link to an item scrolls to it and marks it', async ({ page }) => {
  await page.goto('/careers/python-developer#mistakes-typing-as-optional')
  const item = page.locator('#mistakes-typing-as-optional')
  await expect(item).toBeInViewport()
  await expect(item).toHaveAttribute('data-target', '')
})

test('choosing a result on a filtered career page clears the filters and lands on the item', async ({
  page,
}) => {
  await page.goto('/careers/python-developer?topics=testing')
  await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
  await page.keyboard.press('Control+k')
  await page.keyboard.type('fluent')
  await expect(page.getByRole('option', { name: /Fluent Python/ })).toBeVisible()
  await page.keyboard.press('Enter')
  const item = page.locator('#resources-fluent-python')
  await expect(item).toBeFocused()
  await expect(item).toBeInViewport()
  await expect(item).toHaveAttribute('data-target', '')

  // The same result again, after scrolling away, lands there again.
  await page.mouse.wheel(0, -20000)
  await page.keyboard.press('Control+k')
  await page.keyboard.type('fluent')
  await page.keyboard.press('Enter')
  await expect(item).toBeFocused()
  await expect(item).toBeInViewport()
})
