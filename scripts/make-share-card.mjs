// Draws the share card chat apps show for a link (public/share-card.png, 1200×630) from the HTML below, in
// Debian's Chromium. Run it again after changing the wording or the colours: `node scripts/make-share-card.mjs`.
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../tests/support/chromium.mjs'

const out = fileURLToPath(new URL('../public/share-card.png', import.meta.url))
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; font-family: system-ui, sans-serif; background: #0b5cad; color: #fff;
         display: flex; flex-direction: column; justify-content: center; padding: 0 90px; box-sizing: border-box; }
  p { margin: 0; }
  .brand { font-size: 40px; font-weight: 700; letter-spacing: 0.02em; opacity: 0.9; }
  h1 { font-size: 76px; line-height: 1.1; margin: 28px 0 32px; }
  .what { font-size: 34px; line-height: 1.4; max-width: 960px; color: #e6f0fa; }
</style></head><body>
  <p class="brand">Career Explorer</p>
  <h1>Tech careers in India</h1>
  <p class="what">What the work is, what it pays city by city, what a day looks like, and what to read next.</p>
</body></html>`

const browser = await chromium.launch(chromiumLaunchOptions())
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
await page.setContent(html)
await page.screenshot({ path: out })
await browser.close()
console.log(`Wrote ${out}`)
