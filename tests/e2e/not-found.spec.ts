// The 404 pages: what they say and the way back to the careers, a target anyone can hit.
import { expect, test } from './fixtures'

for (const path of ['/no-such-page', '/careers/astronaut'])
  test(`${path}: "Browse all careers" is at least 24 by 24 px (WCAG 2.2 target size)`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/)
    const link = page.getByRole('main').getByRole('link', { name: 'Browse all careers' })
    const box = (await link.boundingBox())!
    expect(box.height).toBeGreaterThanOrEqual(24)
    expect(box.width).toBeGreaterThanOrEqual(24)
    await link.click()
    await expect(page).toHaveURL(/\/$/)
  })
