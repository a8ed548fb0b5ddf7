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

test('Enter opens the best match, not the first item of the page', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('combobox', { name: 'Search all careers' })
  const results = page.getByRole('listbox', { name: 'Search results' })
  for (const [query, anchor, title] of [
    ['talk python', 'resources-talk-python-to-me', 'Talk Python To Me podcast'],
    ['real python', 'resources-real-python', 'Real Python'],
  ] as const) {
    await search.fill(query)
    // The best match is first and chosen: Enter opens it.
    const first = results.getByRole('option').first()
    await expect(first).toContainText(title)
    await expect(first).toHaveAttribute('aria-selected', 'true')
    await search.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/careers/python-developer#${anchor}$`))
    await expect(page.locator(`#${anchor}`)).toBeFocused()
  }
})

test('the option chosen with the arrow keys stays in view', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('combobox', { name: 'Search all careers' })
  const results = page.getByRole('listbox', { name: 'Search results' })
  await search.fill('django')
  await expect(results.getByRole('option').nth(9)).toBeAttached()
  for (let i = 0; i < 9; i++) await search.press('ArrowDown')
  // The ninth option is the chosen one, and it is in view: the list scrolled to it.
  const active = results.getByRole('option', { selected: true })
  const ninth = await results.getByRole('option').nth(8).getAttribute('id')
  await expect(active).toHaveId(ninth ?? '')
  await expect(search).toHaveAttribute('aria-activedescendant', ninth ?? '')
  await expect(active).toBeInViewport({ ratio: 0.9 })
})

test('a query with no word to look up says so instead of listing everything', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('combobox', { name: 'Search all careers' })
  const results = page.getByRole('listbox', { name: 'Search results' })
  await search.fill('(?<=a)')
  await expect(
    page
      .getByText('No results for “(?<=a)”: search needs a word of two or more letters or digits.', {
        exact: true,
      })
      .first(),
  ).toBeVisible()
  await expect(results).toBeHidden()

  // "C++" is the word C++, not the letter c of every item.
  await search.fill('C++')
  await expect(results.getByRole('option')).toHaveCount(1)
  await expect(results.getByRole('option')).toContainText('(Go, Rust, C++)')
  await expect(results.getByRole('option').locator('mark')).toHaveText('C')

  // "go" starts words ("Go"), it is not inside "Django".
  await search.fill('go')
  await expect(results.getByRole('option').first()).toBeVisible()
  await expect(results.getByRole('option').filter({ hasText: /django/i })).toHaveCount(0)
})

test('a first query fetches only the index files its words need', async ({ page }) => {
  await page.goto('/')
  const fetched: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/search/')) fetched.push(path)
  })
  const search = page.getByRole('combobox', { name: 'Search all careers' })
  await search.fill('fluent')
  await expect(page.getByRole('option', { name: /Fluent Python \(2nd Edition\)/ })).toBeVisible()
  expect(fetched.sort()).toEqual(['/search/careers/0.json', '/search/prefixes.json', '/search/words/fl.json'])

  // The next word fetches its own file and nothing it has already.
  await search.fill('fluent django')
  await expect(page.getByText('No results for “fluent django”.').first()).toBeVisible()
  expect(fetched.filter((path) => path.startsWith('/search/words/')).sort()).toEqual([
    '/search/words/dj.json',
    '/search/words/fl.json',
  ])
})

test('the career and its pages come first, and open those pages', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('combobox', { name: 'Search all careers' })
  const results = page.getByRole('listbox', { name: 'Search results' })
  const status = page.getByRole('search', { name: 'Site' }).getByRole('status')

  await search.fill('python developer')
  const first = results.getByRole('option').first()
  await expect(first).toContainText('Python Developer')
  await expect(first).toContainText('Career page')
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await search.press('Enter')
  await expect(page).toHaveURL(/\/careers\/python-developer$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()

  // A singular finds the plural, a place finds the salaries page; one result is "1 result".
  await search.fill('salary bangalore')
  await expect(results.getByRole('option').first()).toContainText('Python Developer salaries by city')
  await expect(status).toHaveText(/^1 result\. /)
  await search.press('Enter')
  await expect(page).toHaveURL(/\/careers\/python-developer\/salaries$/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Python Developer salaries by city' }),
  ).toBeVisible()

  await search.fill('day in the life')
  await results.getByRole('option', { name: /Python Developer: a day in the life/ }).click()
  await expect(page).toHaveURL(/\/careers\/python-developer\/day$/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Python Developer: a day in the life' }),
  ).toBeVisible()

  // The overview's words find the career page; "in hand" is not "in" somewhere and "handler".
  await search.fill('Zerodha')
  await expect(results.getByRole('option').first()).toContainText('Career page')
  await search.fill('in hand')
  await expect(results.getByRole('option').first()).toContainText('Python Developer salaries by city')
  await expect(results.getByRole('option').filter({ hasText: 'Investigate a Sentry error' })).toHaveCount(0)
})
