// Screenshot a page of the running app in Debian Chromium, the way a phone user would see it.
// Usage: node tests/support/screenshot.mjs <url> <out.png> [width=360] [full=1]
/* global document, window -- read inside page.evaluate, which runs in the browser */
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'

const [url, out, width = '360', full = '1'] = process.argv.slice(2)
if (!url || !out) {
  console.error('Usage: node tests/support/screenshot.mjs <url> <out.png> [width=360] [full=1]')
  process.exit(2)
}
const browser = await chromium.launch(chromiumLaunchOptions())
const page = await browser.newPage({ viewport: { width: Number(width), height: 780 } })
page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()))
page.on('pageerror', (e) => console.error('page error:', e.message))
await page.goto(url, { waitUntil: 'networkidle' })
await page.screenshot({ path: out, fullPage: full === '1' })
const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
console.log(`${out}: "${await page.title()}", horizontal overflow ${overflow}px`)
await browser.close()
