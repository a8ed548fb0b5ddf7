// What the reading-list journeys share: where the list is stored, how a reader finds its controls, and a browser
// profile that already holds data.
import type { Browser, Page } from '@playwright/test'

export const KEY = 'career-explorer:reading-list'
export const BACKUP_KEY = 'career-explorer:reading-list:backup'

export const saveToggle = (page: Page, title: string) =>
  page.getByRole('button', { name: `Save ${title}`, exact: true })
export const readingListLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Reading list/ })
export const savedTitles = (page: Page) =>
  page.getByRole('region', { name: 'Saved items' }).getByRole('heading', { level: 3 })

/** A new context (a fresh browser profile) whose localStorage holds `items` before any page loads. */
export async function contextWithStorage(
  browser: Browser,
  baseURL: string,
  items: { name: string; value: string }[],
) {
  return browser.newContext({
    viewport: { width: 360, height: 780 },
    storageState: { cookies: [], origins: [{ origin: new URL(baseURL).origin, localStorage: items }] },
  })
}
