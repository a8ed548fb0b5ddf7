// Paint benchmark: prints figures, passes or fails nothing. Not part of `npm test`.
//
// Builds the app (`npm run build`: prerendered HTML in dist/) and a client-rendered hello world (React + TanStack
// Router, tests/bench/hello → dist-hello/), then loads every route in Chromium under applied throttling — the
// network shaped with CDP (562.5 ms request latency, 1.47 Mbps down, 675 kbps up: Lighthouse's slow 4G) and the
// CPU slowed 4× — in a fresh context per load, 5 loads per route, the variants interleaved:
//   prerendered  dist/ as a static host serves it (each route's own HTML file)
//   client       the same build, every route served Vite's unrendered index.html: the app rendered in the browser,
//                as it was before prerendering
//   hello        the hello world, for the yardstick
// Files are served gzip-compressed, as any static host does. Per route it prints the median FCP, LCP, the time the
// page responds to input (the app marks `<html data-ready>` once its handlers are attached), and ratios.
//
// Usage: node tests/bench/paint.mjs [loads=5] [route…]   (`npm run bench:paint` builds first)
/* global window, document, MutationObserver -- used inside the page */
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../support/chromium.mjs'
import { templateFile } from '../../scripts/build/index.mjs'
import { serveStatic } from '../../scripts/static-host.mjs'
import { BENCH_ROUTES } from './routes.mjs'

const [loadsArg, ...routeArgs] = process.argv.slice(2)
const LOADS = Number(loadsArg ?? 5)
// Two shared links with a view in their address: the page paints its plain view hidden behind "Applying the view in
// your link…" (src/app/view-pending.js) until the app has applied it; "view shown" is that moment.
const SHARED_VIEWS = ['/careers/python-developer?topics=testing', '/careers/python-developer/day?step=7']
const ROUTES = routeArgs.length ? routeArgs : [...BENCH_ROUTES, ...SHARED_VIEWS]
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DIST = join(ROOT, 'dist')
const HELLO = join(ROOT, 'dist-hello')
const TEMPLATE = templateFile(DIST)
const NETWORK = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
}
const CPU_SLOWDOWN = 4

if (!process.env.BENCH_SKIP_BUILD) {
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  execSync('npx vite build --config tests/bench/hello/vite.config.ts', { cwd: ROOT, stdio: 'inherit' })
}
for (const file of [join(DIST, 'index.html'), TEMPLATE, join(HELLO, 'index.html')])
  if (!existsSync(file)) throw new Error(`Missing ${file}: run without BENCH_SKIP_BUILD.`)

/**
 * One static server per variant, on ports 4190–4192, gzip-compressed as any static host serves; `page` (if given)
 * answers every page address with one file.
 */
function serve(port, folder, page) {
  const server = createServer(
    serveStatic(folder, {
      gzip: true,
      cacheControl: 'no-store',
      page: page && (() => ({ file: page, status: 200 })),
    }),
  )
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}
const servers = [
  await serve(4190, DIST),
  await serve(4191, DIST, TEMPLATE),
  await serve(4192, HELLO, join(HELLO, 'index.html')),
]
const VARIANTS = [
  { name: 'prerendered', origin: 'http://127.0.0.1:4190' },
  { name: 'client', origin: 'http://127.0.0.1:4191' },
  { name: 'hello', origin: 'http://127.0.0.1:4192' },
]

// Recorded in the page from its first byte: paint entries, the latest LCP, and when <html data-ready> appeared.
const OBSERVE = () => {
  window.__bench = { fcp: undefined, lcp: undefined, ready: undefined, viewShown: undefined }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') window.__bench.fcp = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    const entries = list.getEntries()
    window.__bench.lcp = entries[entries.length - 1].startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new MutationObserver((_, observer) => {
    if (document.documentElement?.hasAttribute('data-ready')) {
      window.__bench.ready = performance.now()
      // The shared view is on screen once the page is no longer marked as applying it.
      window.__bench.viewShown = window.__bench.ready
      observer.disconnect()
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] })
}

const browser = await chromium.launch(chromiumLaunchOptions())
async function load(url, waitForReady) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', NETWORK)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await page.addInitScript(OBSERVE)
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
  if (waitForReady) await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 120_000 })
  await page.waitForTimeout(1500)
  const figures = await page.evaluate(() => window.__bench)
  await context.close()
  return figures
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const results = new Map()
const hello = []
for (let round = 1; round <= LOADS; round++) {
  process.stderr.write(`round ${round} of ${LOADS}\n`)
  hello.push(await load(`${VARIANTS[2].origin}/`, false))
  for (const route of ROUTES) {
    for (const variant of VARIANTS.slice(0, 2)) {
      const key = `${route} ${variant.name}`
      if (!results.has(key)) results.set(key, [])
      results.get(key).push(await load(`${variant.origin}${route}`, true))
    }
  }
}
await browser.close()
for (const server of servers) server.close()

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—')
const helloLcp = median(hello.map((h) => h.lcp))
console.log(
  `\nApplied throttling: ${NETWORK.latency} ms latency, ${((NETWORK.downloadThroughput * 8) / 1e6).toFixed(2)} Mbps down, CPU ${CPU_SLOWDOWN}× slower; median of ${LOADS} loads, fresh context each.`,
)
console.log(
  `Client-rendered hello world (React + TanStack Router): FCP ${ms(median(hello.map((h) => h.fcp)))}, LCP ${ms(helloLcp)}.\n`,
)
console.log(
  '| route | prerendered FCP | LCP | responds | client-rendered FCP | LCP | responds | LCP ÷ hello | LCP ÷ client | responds ÷ client |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const route of ROUTES) {
  const pre = results.get(`${route} prerendered`)
  const client = results.get(`${route} client`)
  const m = (runs, field) => median(runs.map((r) => r[field]))
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}×` : '—')
  console.log(
    `| ${route} | ${ms(m(pre, 'fcp'))} | ${ms(m(pre, 'lcp'))} | ${ms(m(pre, 'ready'))} | ${ms(m(client, 'fcp'))} | ${ms(m(client, 'lcp'))} | ${ms(m(client, 'ready'))} | ${ratio(m(pre, 'lcp'), helloLcp)} | ${ratio(m(pre, 'lcp'), m(client, 'lcp'))} | ${ratio(m(pre, 'ready'), m(client, 'ready'))} |`,
  )
}
const shared = ROUTES.filter((route) => route.includes('?'))
if (shared.length) {
  console.log(
    '\nShared links with a view: until "view shown" the page says it is applying the link\'s view.\n',
  )
  console.log('| link | first paint (FCP) | view shown | client-rendered: view shown |')
  console.log('|---|---|---|---|')
  for (const route of shared) {
    const m = (runs, field) => median(runs.map((r) => r[field]))
    const pre = results.get(`${route} prerendered`)
    const client = results.get(`${route} client`)
    console.log(
      `| ${route} | ${ms(m(pre, 'fcp'))} | ${ms(m(pre, 'viewShown'))} | ${ms(m(client, 'viewShown'))} |`,
    )
  }
}
console.log('\nGoal: LCP ≤ 0.5× the hello world; responds no more than 1.10× the client-rendered build.')
