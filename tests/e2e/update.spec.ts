// A new version deployed while a reader has the app open: they are told, nothing changes until they choose Reload,
// and their reading list is intact afterwards.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeServiceWorker } from '../../scripts/build/service-worker.mjs'
import { serveStatic } from '../../scripts/static-host.mjs'
import { expect, test } from './fixtures'

/** A static host for a copy of the build, so the test can deploy into it without touching dist/. */
function host(folder: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(serveStatic(folder))
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({ server, origin: `http://127.0.0.1:${port}` })
    }),
  )
}

test.use({ serviceWorkers: 'allow' })

test('a new version shows "A new version is ready — Reload", and Reload brings it with the list intact', async ({
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'career-explorer-deploy-'))
  cpSync('dist', folder, { recursive: true })
  const { server, origin } = await host(folder)
  try {
    await page.goto(`${origin}/careers/python-developer`)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    })
    await page.getByRole('button', { name: 'Save Fluent Python (2nd Edition)', exact: true }).click()

    // Deploy: the catalog page changes, and the build's service worker with it.
    const catalog = join(folder, 'index.html')
    writeFileSync(
      catalog,
      readFileSync(catalog, 'utf8').replace('</head>', '<meta name="version" content="2"></head>'),
    )
    await writeServiceWorker(folder)
    // The browser looks for a new worker on its own schedule (the app also asks hourly and when the tab returns).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })

    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' })
    await expect(prompt).toBeVisible({ timeout: 30_000 })
    // Nothing swapped under the reader: still the same page, still saved.
    await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()])
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    await expect(
      page.getByRole('button', { name: 'Save Fluent Python (2nd Edition)', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true')
    await page.goto(`${origin}/`)
    await expect(page.locator('meta[name="version"]')).toHaveAttribute('content', '2')
    await expect(page.getByRole('link', { name: /Reading list, 1 saved/ })).toBeVisible()
  } finally {
    server.close()
    rmSync(folder, { recursive: true, force: true })
  }
})

test('two tabs on the old version: Reload works in each, the second too', async ({ page, context }) => {
  const folder = mkdtempSync(join(tmpdir(), 'career-explorer-deploy-'))
  cpSync('dist', folder, { recursive: true })
  const { server, origin } = await host(folder)
  try {
    await page.goto(`${origin}/`)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    })
    const second = await context.newPage()
    await second.goto(`${origin}/reading-list`)

    const catalog = join(folder, 'index.html')
    writeFileSync(
      catalog,
      readFileSync(catalog, 'utf8').replace('</head>', '<meta name="version" content="2"></head>'),
    )
    await writeServiceWorker(folder)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())

    const prompt = (tab: typeof page) =>
      tab.getByRole('status').filter({ hasText: 'A new version is ready.' })
    await expect(prompt(page)).toBeVisible({ timeout: 30_000 })
    await expect(prompt(second)).toBeVisible({ timeout: 30_000 })

    await Promise.all([
      page.waitForEvent('load'),
      prompt(page).getByRole('button', { name: 'Reload' }).click(),
    ])
    await expect(page.locator('meta[name="version"]')).toHaveAttribute('content', '2')
    // The new version already runs the first tab: Reload in the second must still reload it.
    await Promise.all([
      second.waitForEvent('load'),
      prompt(second).getByRole('button', { name: 'Reload' }).click(),
    ])
    await expect(second.getByRole('heading', { level: 1, name: 'Reading list' })).toBeVisible()
    await expect(prompt(second)).toHaveCount(0)
  } finally {
    server.close()
    rmSync(folder, { recursive: true, force: true })
  }
})

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' })

  test('a tab of the old version whose stylesheet is gone after a deploy reloads itself into the page', async ({
    page,
    pageProblems,
  }) => {
    const folder = mkdtempSync(join(tmpdir(), 'career-explorer-deploy-'))
    cpSync('dist', folder, { recursive: true })
    const { server, origin } = await host(folder)
    try {
      await page.goto(`${origin}/`)
      // The deploy removed the career pages' stylesheets of the version this tab runs.
      for (const file of readdirSync(join(folder, 'assets')))
        if (/^careers\._careerId.*\.css$/.test(file)) rmSync(join(folder, 'assets', file))
      await page.getByRole('link', { name: 'Python Developer', exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeVisible()
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0)
      // The host's 404 for the removed file is reported on the console: that is the deploy, not the app.
      const unexpected = pageProblems.filter((problem) => !/404|Unable to preload CSS/.test(problem))
      pageProblems.splice(0, pageProblems.length, ...unexpected)
    } finally {
      server.close()
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
