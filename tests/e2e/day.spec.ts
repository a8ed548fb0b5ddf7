import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const DAY = '/careers/python-developer/day'
const TITLES = [
  'Open up and triage pings',
  'Daily standup over Zoom',
  'Deep work: merchant onboarding feature',
  'Integration tests and draft PR',
  'Lunch away from the laptop',
  "Review teammates' pull requests",
  'Investigate a Sentry error',
  'Architecture review: sync or async',
  'Pair with a junior engineer',
  'Catch up on Slack',
  'End-of-day Slack update',
]

const listbox = (page: Page) => page.getByRole('listbox', { name: 'The day, step by step' })
const option = (page: Page, n: number) =>
  listbox(page).getByRole('option', { name: new RegExp(`^Step ${n}\\b`) })
const detail = (page: Page) => page.locator('.step-detail')

/** The step is selected, holds focus, is on screen, and nothing (the detail panel included) covers it. */
async function expectSelectedAndVisible(page: Page, n: number) {
  const step = option(page, n)
  await expect(step).toHaveAttribute('aria-selected', 'true')
  await expect(step).toBeFocused()
  await expect(step).toBeInViewport({ ratio: 0.99 })
  await expect(detail(page)).toContainText(`Step ${n} of 11`)
  const box = (await step.boundingBox())!
  const covering = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="option"]')?.id,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  )
  expect(covering, `step ${n} is not covered by anything`).toBe(`day-step-${n}`)
}

async function tabTo(page: Page, target: Locator, maxTabs = 40) {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('never reached the target with Tab')
}

test('opens from the career page; step 3, ArrowDown selects step 4 and the URL says so; reload keeps it', async ({
  page,
}) => {
  await page.goto('/careers/python-developer')
  await page
    .getByRole('region', { name: 'A day in the life' })
    .getByRole('link', { name: 'Walk through the day step by step' })
    .click()
  await expect(page).toHaveURL(/\/careers\/python-developer\/day$/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Python Developer: a day in the life' }),
  ).toBeFocused()
  await expect(page).toHaveTitle('Python Developer: a day in the life · Career Explorer')
  await expect(listbox(page).getByRole('option')).toHaveCount(11)

  await option(page, 3).click()
  await expect(page).toHaveURL(/\?step=3$/)
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(/\?step=4$/)
  await expectSelectedAndVisible(page, 4)
  await expect(page.getByRole('heading', { level: 2, name: TITLES[3] })).toBeVisible()

  await page.reload()
  await expect(option(page, 4)).toHaveAttribute('aria-selected', 'true')
  await expect(detail(page)).toContainText('Step 4 of 11')

  // Choosing steps replaced the history entry: Back returns to the career page.
  await page.goBack()
  await expect(page).toHaveURL(/\/careers\/python-developer$/)
})

test('keyboard only: walk through all 11 steps, none hidden behind the detail', async ({ page }) => {
  await page.goto(DAY)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await tabTo(page, option(page, 1))
  await expectSelectedAndVisible(page, 1)
  for (let n = 2; n <= 11; n++) {
    await page.keyboard.press('ArrowDown')
    await expectSelectedAndVisible(page, n)
    await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(TITLES[n - 1]!)
  }
  await expect(page).toHaveURL(/\?step=11$/)
  // The day does not wrap.
  await page.keyboard.press('ArrowDown')
  await expectSelectedAndVisible(page, 11)
  await page.keyboard.press('Home')
  await expectSelectedAndVisible(page, 1)
  await page.keyboard.press('End')
  await expectSelectedAndVisible(page, 11)

  // Keys pressed faster than the URL updates (a held-down arrow) still land one step per press.
  await page.keyboard.press('Home')
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown', { delay: 0 })
  await expectSelectedAndVisible(page, 7)
  await expect(page).toHaveURL(/\?step=7$/)
  await page.keyboard.press('End')
  await expectSelectedAndVisible(page, 11)

  // Tab leaves the list for the step's controls; Previous keeps focus and walks back.
  await tabTo(page, page.getByRole('button', { name: 'Previous step' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Previous step' })).toBeFocused()
  await expect(detail(page)).toContainText('Step 10 of 11')
})

test('no axe violations with a step selected and a filter on, and none sideways at 360 px', async ({
  page,
}) => {
  await page.goto(`${DAY}?step=4`)
  await page.getByRole('button', { name: 'Meeting' }).click()
  await page.getByRole('button', { name: 'Review' }).click()
  await expect(page).toHaveURL(/\?step=4&kind=meeting%2Creview$/)
  await expect(page.getByRole('status').filter({ hasText: '3 of 11 steps highlighted' })).toBeVisible()
  await expect(listbox(page).getByRole('option')).toHaveCount(11)
  await option(page, 4).focus()
  await expectNoAxeViolations(page)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBe(0)

  // Playing, and on a wide screen (list and detail side by side), still clean.
  await page.getByRole('button', { name: 'Play the day' }).click()
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await expectNoAxeViolations(page)
})

test('a deep link restores the view; Back undoes a highlight', async ({ page }) => {
  await page.goto(`${DAY}?step=6&kind=meeting,review`)
  await expect(option(page, 6)).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('button', { name: 'Meeting' })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Incident' }).click()
  await expect(page.getByText('4 of 11 steps highlighted')).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('button', { name: 'Incident' })).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByText('3 of 11 steps highlighted')).toBeVisible()
  await expect(option(page, 6)).toHaveAttribute('aria-selected', 'true')
})

for (const search of [
  '?step=99',
  '?step=abc',
  '?kind=%3Cimg%20src=x%20onerror=alert(1)%3E',
  '?step=-1&kind=<img>',
]) {
  test(`hostile params ${search} fall back quietly`, async ({ page }) => {
    await page.goto(`${DAY}${search}`)
    await expect(option(page, 1)).toHaveAttribute('aria-selected', 'true')
    await expect(page).toHaveURL(/\/day$/)
    await expect(page.locator('main img')).toHaveCount(0)
  })
}

for (const { step, name, anchor } of [
  { step: 3, name: 'Two Scoops of Django (latest edition)', anchor: 'resources-two-scoops-of-django' },
  { step: 9, name: /^Write or extend tests/, anchor: 'responsibilities-write-tests' },
  { step: 7, name: /^Not running pytest with coverage/, anchor: 'mistakes-no-coverage-no-integration-tests' },
]) {
  test(`a cross-link opens the career page at the item: #${anchor}`, async ({ page }) => {
    await page.goto(`${DAY}?step=${step}`)
    await detail(page).getByRole('link', { name }).click()
    await expect(page).toHaveURL(new RegExp(`/careers/python-developer#${anchor}$`))
    const item = page.locator(`#${anchor}`)
    await expect(item).toBeFocused()
    // The page scrolls smoothly; the item's top ends on screen, just below the top edge.
    await expect(item).toBeInViewport()
    await expect
      .poll(() => item.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
      .toBeLessThanOrEqual(20)
  })
}

test('the catalog card links to the day', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'A day in the life, step by step as a Python Developer' }).click()
  await expect(page).toHaveURL(/\/careers\/python-developer\/day$/)
})

test('Play walks on and animates; under reduced motion nothing animates but Play still steps', async ({
  page,
}) => {
  await page.goto(`${DAY}?step=10`)
  await page.getByRole('button', { name: 'Play the day' }).click()
  await expect(page.locator('.player__countdown span')).toBeVisible()
  expect(await page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0)
  await expect(option(page, 11)).toHaveAttribute('aria-selected', 'true', { timeout: 7000 })
  await expect(page.getByRole('button', { name: 'Replay the day from step 1' })).toBeVisible()

  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${DAY}?step=10`)
  await page.getByRole('button', { name: 'Play the day' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await expect(page.locator('.player__countdown')).toHaveCount(0)
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0)
  await expect(option(page, 11)).toHaveAttribute('aria-selected', 'true', { timeout: 7000 })
  await page.getByRole('button', { name: 'Previous step' }).click()
  await expect(option(page, 10)).toHaveAttribute('aria-selected', 'true')
})

test('a reading item cross-linked from a step can be saved to the reading list', async ({ page }) => {
  await page.goto('/careers/python-developer/day?step=3')
  const save = page.getByRole('button', { name: 'Save Two Scoops of Django (latest edition)' })
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await save.click()
  await expect(save).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('link', { name: /Reading list/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /reading list/i })).toBeVisible()
  await expect(page.getByText('Two Scoops of Django (latest edition)').first()).toBeVisible()
})
