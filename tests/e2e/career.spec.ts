import { expect, expectNoAxeViolations, test } from './fixtures'

const SECTION_SAMPLES: { heading: string; sample: string | RegExp }[] = [
  { heading: 'Overview', sample: /Python Developer is one of the most-listed tech titles on Naukri/ },
  { heading: 'A day in the life', sample: 'Open VS Code with chai.' },
  { heading: 'Common mistakes', sample: 'Treating typing as optional' },
  { heading: 'Salary by Indian city', sample: 'NCR (Gurugram + Noida)' },
  { heading: 'Notable Indians in this career', sample: /names no one in it yet/ },
  { heading: 'Communities + forums', sample: 'PyData India' },
  { heading: 'What to read / watch / follow', sample: 'Fluent Python (2nd Edition)' },
  { heading: 'Daily responsibilities', sample: 'Review 2-4 PRs from teammates' },
  { heading: 'Advantages', sample: 'Genuine remote and hybrid options' },
  { heading: 'Challenges', sample: 'Job-title inflation' },
  { heading: 'Education', sample: 'Self-taught + portfolio' },
]

test('from the catalog to every section of the career page', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Explore tech careers in India' })).toBeVisible()
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Python Developer' }) })
  await expect(card).toContainText('₹10–45 L a year')

  await card.getByRole('link', { name: 'Python Developer', exact: true }).click()
  await expect(page).toHaveURL(/\/careers\/python-developer$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeFocused()
  await expect(page).toHaveTitle('Python Developer in India · Career Explorer')

  const headings = page.getByRole('main').getByRole('heading', { level: 2 })
  await expect(headings).toHaveText(['On this page', ...SECTION_SAMPLES.map((s) => s.heading)])

  for (const { heading, sample } of SECTION_SAMPLES) {
    const section = page.getByRole('region', { name: heading })
    await expect(section.getByText(sample).first(), `${heading} shows a sample item`).toBeVisible()
  }

  const bangalore = page.getByRole('row', { name: /Bangalore/ })
  await expect(bangalore).toContainText('₹12–22 L')
  // The day is one ordered list of 11 steps (each step also holds its own list of topic tags).
  await expect(page.getByRole('region', { name: 'A day in the life' }).locator('ol > li')).toHaveCount(11)
})

test('the contents list jumps to a section', async ({ page }) => {
  await page.goto('/careers/python-developer')
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: /Education/ })
    .click()
  await expect(page).toHaveURL(/#education$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Education' })).toBeInViewport()
})

test('an unknown career shows not-found with a working way home', async ({ page }) => {
  await page.goto('/careers/astronaut')
  await expect(page.getByRole('heading', { level: 1, name: 'Career not found' })).toBeVisible()
  await expect(page.getByText('astronaut')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Browse all careers' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Explore tech careers in India' })).toBeVisible()
})

test('hostile career ids are shown as text and find nothing', async ({ page }) => {
  for (const id of ['__proto__', 'constructor', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E']) {
    await page.goto(`/careers/${id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Career not found' })).toBeVisible()
  }
  await expect(page.locator('main img')).toHaveCount(0)
})

test('an unknown address shows a helpful not-found page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('banner')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Browse all careers' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Explore tech careers in India' })).toBeVisible()
})

test('keyboard: the skip link is first and moves focus to the content', async ({ page }) => {
  await page.goto('/careers/python-developer')
  await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'clarup.com' }).first()).toBeFocused()
})

for (const path of ['/', '/careers/python-developer']) {
  test(`${path} has no axe violations and no sideways scrolling at 360 px`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBe(0)
  })
}

test('catalog: "pays at least ₹15 L in Pune" and back', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Place' }).selectOption({ label: 'Pune' })
  await page.getByRole('textbox', { name: 'Pays at least (₹ lakh a year)' }).fill('15')
  await expect(page.getByText('1 of 1 career matches')).toBeVisible()
  await expect(page).toHaveURL(/\?place=pune&minPay=15$/)
  await page.getByRole('textbox', { name: 'Pays at least (₹ lakh a year)' }).fill('18')
  await expect(page.getByText('No career matches these filters.')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByRole('heading', { level: 3, name: 'Python Developer' })).toBeVisible()
})
