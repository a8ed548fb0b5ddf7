/* global window -- read inside page.evaluate, which runs in the browser */
// Benchmark (prints figures; not a test): how long each keystroke takes to handle while typing into the career
// page's filter, on a phone-like CPU (Chromium throttled 4×). Measured with the Event Timing API: an event's
// duration runs from the key press to the next paint after its handlers. Target: every keystroke ≤ 50 ms.
// Usage: npm run build && npm run bench:typing
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../support/chromium.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4178)
const TEXT = 'async test'
const RUNS = 3

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' })
try {
  await waitForServer(`http://localhost:${PORT}/`)
  const browser = await chromium.launch(chromiumLaunchOptions())
  const results = []
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } })
    const cdp = await page.context().newCDPSession(page)
    await page.goto(`http://localhost:${PORT}/careers/python-developer`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: /Filter this page/ }).click()
    await page.evaluate(() => {
      window.__events = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__events.push({ name: e.name, duration: e.duration, id: e.interactionId })
      }).observe({ type: 'event', durationThreshold: 16, buffered: true })
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const box = page.getByRole('searchbox', { name: 'Search this page' })
    await box.focus()
    for (const char of TEXT) {
      await page.keyboard.press(char === ' ' ? 'Space' : char)
      await sleep(150)
    }
    await sleep(500)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    const events = await page.evaluate(() => window.__events)
    // One figure per keystroke: the longest event of its interaction (keydown, keypress, input, keyup).
    const perKey = new Map()
    for (const e of events)
      if (e.id && /^(key|input|beforeinput)/.test(e.name))
        perKey.set(e.id, Math.max(perKey.get(e.id) ?? 0, e.duration))
    const durations = [...perKey.values()]
    // Keystrokes that finished under the 16 ms reporting threshold produce no entry.
    while (durations.length < TEXT.length) durations.push(16)
    results.push(durations)
    await page.close()
  }
  await browser.close()

  const all = results.flat().sort((a, b) => a - b)
  const pct = (p) => all[Math.min(all.length - 1, Math.floor((p / 100) * all.length))]
  console.log(
    `Typing "${TEXT}" (${TEXT.length} keystrokes) into the career page filter, CPU 4× slower, ${RUNS} runs`,
  )
  results.forEach((r, i) => console.log(`  run ${i + 1}: ${r.map((d) => Math.round(d)).join(', ')} ms`))
  console.log(
    `  median ${Math.round(pct(50))} ms, p90 ${Math.round(pct(90))} ms, worst ${Math.round(all.at(-1))} ms`,
  )
  console.log(`  target: every keystroke ≤ 50 ms → ${all.at(-1) <= 50 ? 'met' : 'NOT met'}`)
  console.log('  (entries under 16 ms are not reported by the Event Timing API and are counted as 16 ms)')
} finally {
  server.kill()
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await sleep(100)
  }
  throw new Error(`vite preview did not start on ${url}`)
}
