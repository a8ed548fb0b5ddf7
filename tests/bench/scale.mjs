// `npm run bench:scale [N…]`: how the app's weight grows with the number of careers. For each N (default 1, 100,
// 1000) it builds the app with N − 1 synthetic careers beside the real one (SYNTHETIC_CAREERS, tests/synthetic),
// serves dist/ gzipped the way a static host does, and loads in Chromium, each in a fresh profile:
//   - a first visit to the catalog with the service worker: everything the server sends until it has been quiet for
//     3 s, the worker's install (its precache) included;
// and, with no service worker:
//   - a direct load of the catalog, the Python Developer page, its salaries, its day, and the reading list with 10
//     saved items from 10 careers (fewer when N < 10): gzip bytes of everything the page downloads until it is
//     ready and the network is idle;
//   - the bytes a first header search ("python") downloads, and the bytes and time of the catalog's first filter
//     (typing "1" in Career name, at 4× CPU slowdown, until the count changes);
//   - the build's wall time (npm run build: client, Node build, prerendering, content files, service worker).
// The same career (Python Developer) is measured at every N, so growth is the engine's, not the content's.
// Prints a Markdown table and the ratios against N = 1. Figures, not a test.
/* global document, history, MutationObserver -- read inside page.evaluate */
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../support/chromium.mjs'
import { serveStatic } from '../../scripts/static-host.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DIST = join(ROOT, 'dist')
const PORT = 4197
const ORIGIN = `http://127.0.0.1:${PORT}`
const COUNTS = process.argv.slice(2).map(Number)
const NS = COUNTS.length > 0 ? COUNTS : [1, 100, 1000]
const STORAGE_KEY = 'career-explorer:reading-list'
const CAREER = '/careers/python-developer'
/** A made-up word in many synthetic careers' text (tests/synthetic/careers.ts draws from one vocabulary). */
const COMMON_WORD = process.env.BENCH_COMMON_WORD ?? 'sahol'

/** Serves dist/ gzipped and counts the bytes it sends, by kind. */
function serve() {
  const counted = { bytes: 0, byKind: {}, files: [], lastSent: 0 }
  const server = createServer(
    serveStatic(DIST, {
      gzip: true,
      cacheControl: 'no-store',
      onSend: ({ file, bytes }) => {
        counted.lastSent = performance.now()
        if (!file) return
        const kind = extname(file).slice(1) || 'other'
        counted.bytes += bytes
        counted.byKind[kind] = (counted.byKind[kind] ?? 0) + bytes
        counted.files.push(file.slice(DIST.length))
      },
    }),
  )
  const reset = () => {
    counted.bytes = 0
    counted.byKind = {}
    counted.files = []
  }
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve({ server, counted, reset })))
}

function savedList(n) {
  const ids = ['python-developer', ...Array.from({ length: n - 1 }, (_, i) => `synthetic-career-${i + 1}`)]
  const bookmarks = {}
  for (const careerId of ids.slice(0, 10)) {
    const key = `${careerId}/resource/fluent-python`
    bookmarks[key] = {
      careerId,
      kind: 'resource',
      itemId: 'fluent-python',
      title: 'Saved item',
      status: 'saved',
      note: '',
      savedAt: '2026-11-20T08:15:00.000Z',
      updatedAt: '2026-11-20T08:15:00.000Z',
    }
  }
  return JSON.stringify({ state: { bookmarks, removed: {} }, version: 1 })
}

const kB = (bytes) => (bytes / 1000).toFixed(1)

async function measure(n, browser, host) {
  const newPage = async (storage) => {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 360, height: 780 },
      ...(storage && {
        storageState: {
          cookies: [],
          origins: [{ origin: ORIGIN, localStorage: [{ name: STORAGE_KEY, value: storage }] }],
        },
      }),
    })
    return { context, page: await context.newPage() }
  }
  const direct = async (path, storage) => {
    const { context, page } = await newPage(storage)
    host.reset()
    await page.goto(ORIGIN + path)
    await page.waitForSelector('html[data-ready]')
    await page.waitForLoadState('networkidle')
    const bytes = host.counted.bytes
    await context.close()
    return bytes
  }
  const row = { n }
  {
    // A first visit to the catalog as a reader makes it: the service worker registers after the page has loaded and
    // installs (downloading its precache). Counted until the server has sent nothing for 3 s.
    const context = await browser.newContext({
      serviceWorkers: 'allow',
      viewport: { width: 360, height: 780 },
    })
    const page = await context.newPage()
    host.reset()
    await page.goto(`${ORIGIN}/`)
    await page.waitForSelector('html[data-ready]')
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    while (performance.now() - host.counted.lastSent < 3000) await new Promise((r) => setTimeout(r, 250))
    row.firstVisit = host.counted.bytes
    await context.close()
  }
  row.catalog = await direct('/')
  row.career = await direct(CAREER)
  row.salaries = await direct(`${CAREER}/salaries`)
  row.day = await direct(`${CAREER}/day`)
  row.readingList = await direct('/reading-list', savedList(Math.min(n, 10)))

  {
    const { context, page } = await newPage()
    await page.goto(`${ORIGIN}/`)
    await page.waitForSelector('html[data-ready]')
    await page.waitForLoadState('networkidle')
    host.reset()
    await page.getByRole('combobox', { name: /Search/ }).fill('python')
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor()
    await page.waitForLoadState('networkidle')
    row.search = host.counted.bytes
    await context.close()
  }
  if (n > 1) {
    // A word the synthetic careers share (their text is made of one made-up vocabulary): the worst case here.
    const { context, page } = await newPage()
    await page.goto(`${ORIGIN}/`)
    await page.waitForSelector('html[data-ready]')
    await page.waitForLoadState('networkidle')
    host.reset()
    await page.getByRole('combobox', { name: /Search/ }).fill(COMMON_WORD)
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor()
    await page.waitForLoadState('networkidle')
    row.searchCommon = host.counted.bytes
    await context.close()
  }
  {
    const { context, page } = await newPage()
    await page.goto(`${ORIGIN}/`)
    await page.waitForSelector('html[data-ready]')
    await page.waitForLoadState('networkidle')
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const field = page.getByLabel('Career name')
    host.reset()
    // Focus fetches the catalog index (counted); the time runs from the address taking the filter (after the
    // typing pause) to the count of matches changing, measured in the page.
    await field.focus()
    await page.waitForLoadState('networkidle')
    const timing = page.evaluate(
      () =>
        new Promise((resolve) => {
          const count = document.querySelector('.catalog-count')
          const before = count.textContent
          let start
          const replace = history.replaceState.bind(history)
          history.replaceState = (...args) => {
            start ??= performance.now()
            return replace(...args)
          }
          new MutationObserver((_, observer) => {
            if (count.textContent !== before && start !== undefined) {
              observer.disconnect()
              resolve(performance.now() - start)
            }
          }).observe(count, { childList: true, subtree: true, characterData: true })
        }),
    )
    await page.keyboard.type('1')
    row.filterMs = await timing
    await page.waitForLoadState('networkidle')
    row.filter = host.counted.bytes
    await context.close()
  }
  return row
}

const host = await serve()
const browser = await chromium.launch(chromiumLaunchOptions())
const rows = []
try {
  for (const n of NS) {
    const started = performance.now()
    execFileSync('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...process.env, SYNTHETIC_CAREERS: String(n - 1) },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const buildSeconds = (performance.now() - started) / 1000
    const row = await measure(n, browser, host)
    row.buildSeconds = buildSeconds
    rows.push(row)
    console.log(`N = ${n}:`, JSON.stringify(row))
  }
} finally {
  await browser.close()
  host.server.close()
}

const COLUMNS = [
  ['firstVisit', 'first visit to / with the service worker'],
  ['catalog', 'catalog'],
  ['career', 'career page'],
  ['salaries', 'salaries'],
  ['day', 'day'],
  ['readingList', 'reading list (10 saved)'],
  ['search', 'first search "python"'],
  ['searchCommon', `first search "${COMMON_WORD}"`],
  ['filter', 'first catalog filter'],
]
const base = rows[0]
console.log(
  `\n| N | ${COLUMNS.map(([, name]) => `${name} (kB gzip)`).join(' | ')} | filter time, 4× CPU (address → count) | build |`,
)
console.log(`|---|${COLUMNS.map(() => '---').join('|')}|---|---|`)
for (const row of rows) {
  const cells = COLUMNS.map(([key]) => {
    if (row[key] === undefined) return '—'
    const ratio =
      base && row !== base && base[key] !== undefined ? ` (${(row[key] / base[key]).toFixed(2)}×)` : ''
    return `${kB(row[key])}${ratio}`
  })
  console.log(
    `| ${row.n} | ${cells.join(' | ')} | ${Math.round(row.filterMs)} ms | ${row.buildSeconds.toFixed(0)} s |`,
  )
}
console.log(
  '\nTargets at N = 1,000 against N = 1: first visit with the service worker ≤ 1.1×; career page, salaries, day ≤ 1.1×; catalog ≤ 1.2×; first search ≤ 100 kB; first filter ≤ 60 kB and ≤ 50 ms; build ≤ 180 s.',
)
