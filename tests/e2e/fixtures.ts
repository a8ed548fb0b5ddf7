// Every e2e test fails if the page logs a console error or throws, and `expectNoAxeViolations` runs axe-core with
// the WCAG 2.2 AA rule set.
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page, type Response } from '@playwright/test'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Pages arrive as prerendered HTML and become interactive once the app has hydrated them (`<html data-ready>`). A
 * person who clicks a filter a moment too early on a slow phone gets no response; these journeys are about what
 * the app does, so every navigation waits for the app first.
 */
function waitForAppAfterNavigation(page: Page) {
  // Only the app's pages: a text file (robots.txt) has nothing to wait for.
  const ready = async (response: Response | null) => {
    if (response && !(response.headers()['content-type'] ?? '').includes('text/html')) return
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
  }
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  page.goto = async (...args) => {
    const response = await goto(...args)
    await ready(response)
    return response
  }
  page.reload = async (...args) => {
    const response = await reload(...args)
    await ready(response)
    return response
  }
}

export const test = base.extend<{ pageProblems: string[] }>({
  page: async ({ page, context }, provide) => {
    // Anything the Content-Security-Policy blocks is reported as a console error, which fails the test.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    waitForAppAfterNavigation(page)
    context.on('page', waitForAppAfterNavigation)
    await provide(page)
  },
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = []
      // A static host answers an unknown address with 404.html and status 404, which Chromium reports on the console
      // as a failed load of that document. So does asking for a career that does not exist (its content file,
      // /content/careers/<id>.json, is how the app learns that). That is the page working as it should; any other
      // failed load is not.
      const notFoundDocuments = new Set<string>()
      page.on('response', (response) => {
        const expected =
          response.request().isNavigationRequest() ||
          new URL(response.url()).pathname.startsWith('/content/careers/')
        if (expected && response.status() === 404) notFoundDocuments.add(response.url())
      })
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        if (notFoundDocuments.has(message.location().url) && message.text().includes('status of 404')) return
        problems.push(`console error: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      await use(problems)
      expect(problems, 'the page logged errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export async function expectNoAxeViolations(page: Page) {
  // axe's legacy mode runs in the page itself instead of finishing in a second blank page: the same rules and results
  // in about half the time. It cannot look inside cross-origin frames, and the app has no frames at all: should one
  // appear, this says so rather than leaving it unchecked.
  expect(page.frames(), 'a frame axe would not check in legacy mode').toHaveLength(1)
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, 'axe-core WCAG 2.2 AA violations').toEqual([])
}
