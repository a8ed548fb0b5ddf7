// Lighthouse benchmark: prints figures, passes or fails nothing. Not part of `npm test`.
//
// Serves the production build in dist/ with `vite preview` on port 4177 (`npm run bench:lighthouse` builds first),
// then runs Lighthouse 12 (mobile form factor, default simulated throttling: Lighthouse's slow-phone profile) three
// times per route in Debian's Chromium, and prints the median performance score, LCP, TBT, CLS and JavaScript
// transfer size per route. Everything it starts (the preview server, each Chrome) is stopped before it exits.
//
// Usage: node tests/bench/lighthouse.mjs [runs=3] [route…]    Environment: CHROME_PATH, BENCH_PORT (default 4177)
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs'
import { BENCH_ROUTES } from './routes.mjs'

const [runsArg, ...routeArgs] = process.argv.slice(2)
const RUNS = Number(runsArg ?? 3)
const ROUTES = routeArgs.length ? routeArgs : BENCH_ROUTES
const PORT = Number(process.env.BENCH_PORT ?? 4177)
const ORIGIN = `http://localhost:${PORT}`
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CHROME_PATH = process.env.CHROME_PATH || CHROMIUM_PATH
const CHROME_FLAGS = [...new Set(['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_ARGS])]

const HELLO_PORT = PORT + 1
const HELLO = 'dist-hello'

const started = { server: undefined, hello: undefined, chrome: undefined }

async function main() {
  if (!existsSync(new URL('dist/index.html', `file://${ROOT}`))) {
    throw new Error(
      'No production build in dist/: run `npm run build` first (or use `npm run bench:lighthouse`).',
    )
  }
  started.server = await startPreview('dist', PORT)
  // The yardstick: a client-rendered React + TanStack Router hello world (built by `npm run bench:paint`).
  const hasHello = existsSync(new URL(`${HELLO}/index.html`, `file://${ROOT}`))
  if (hasHello) started.hello = await startPreview(HELLO, HELLO_PORT)

  const results = []
  if (hasHello) {
    const runs = []
    for (let run = 1; run <= RUNS; run++) {
      process.stderr.write(`  hello world: run ${run} of ${RUNS}…\n`)
      runs.push(await measure(`http://localhost:${HELLO_PORT}/`))
    }
    results.push({ route: 'hello world (React + Router)', runs, hello: true })
  }
  for (const route of ROUTES) {
    const runs = []
    for (let run = 1; run <= RUNS; run++) {
      process.stderr.write(`  ${route}: run ${run} of ${RUNS}…\n`)
      runs.push(await measure(`${ORIGIN}${route}`))
    }
    results.push({ route, runs })
  }
  printTable(results)
}

/** `vite preview` of a build folder, in its own process group so it can be stopped with everything it spawned. */
async function startPreview(outDir, port) {
  const origin = `http://localhost:${port}`
  const vite = fileURLToPath(new URL('node_modules/vite/bin/vite.js', `file://${ROOT}`))
  const args = [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort']
  const server = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  server.stderr.on('data', (chunk) => (stderr += chunk))
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited early:\n${stderr}`)
    try {
      if ((await fetch(origin)).ok) return server
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer on ${origin} within 30 s:\n${stderr}`)
}

/** One Lighthouse run in a fresh Chrome, reduced to the figures the table shows. */
async function measure(url) {
  started.chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  })
  try {
    // No config: Lighthouse's defaults are the mobile form factor with simulated throttling.
    const result = await lighthouse(url, {
      port: started.chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    })
    const lhr = result?.lhr
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`)
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN
    const scripts = lhr.audits['resource-summary']?.details?.items?.find(
      (item) => item.resourceType === 'script',
    )
    return {
      score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      jsBytes: scripts?.transferSize ?? NaN,
      version: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
    }
  } finally {
    await stopChrome()
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function printTable(results) {
  const first = results[0]?.runs[0]
  console.log(
    `\nLighthouse ${first?.version} · ${first?.formFactor}, ${first?.throttling}d throttling (default slow-phone ` +
      `profile) · median of ${RUNS} run${RUNS === 1 ? '' : 's'} · vite preview of dist/ on ${ORIGIN}\n`,
  )
  const helloJs = median(results.find((r) => r.hello)?.runs.map((r) => r.jsBytes) ?? [NaN])
  const header = ['route', 'score', 'LCP', 'TBT', 'CLS', 'JS transfer', 'JS ÷ hello', 'scores per run']
  const rows = results.map(({ route, runs }) => [
    route,
    String(median(runs.map((r) => r.score))),
    `${(median(runs.map((r) => r.lcp)) / 1000).toFixed(2)} s`,
    `${Math.round(median(runs.map((r) => r.tbt)))} ms`,
    median(runs.map((r) => r.cls)).toFixed(3),
    `${(median(runs.map((r) => r.jsBytes)) / 1000).toFixed(1)} kB`,
    Number.isFinite(helloJs) ? `${(median(runs.map((r) => r.jsBytes)) / helloJs).toFixed(2)}×` : '—',
    runs.map((r) => r.score).join(', '),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

async function stopChrome() {
  const chrome = started.chrome
  started.chrome = undefined
  if (chrome) await chrome.kill()
}

function stopServer() {
  for (const key of ['server', 'hello']) {
    const server = started[key]
    started[key] = undefined
    if (server && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM') // the whole group: vite and anything it spawned
      } catch {
        server.kill('SIGTERM')
      }
    }
  }
}

async function stopAll() {
  await stopChrome()
  stopServer()
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void stopAll().finally(() => process.exit(130))
  })
}

try {
  await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await stopAll()
}
