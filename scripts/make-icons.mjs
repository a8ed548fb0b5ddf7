// Draws the app's install icons into public/icons from the favicon's design, in Debian's Chromium:
// 192 and 512 px (any purpose), a 512 px maskable one (the mark inside the safe zone, the colour to the edges), and
// the 180 px touch icon iOS asks for. Run again after changing the mark: `node scripts/make-icons.mjs`.
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../tests/support/chromium.mjs'

const MARK =
  '<path d="M9 22V10h9a4 4 0 0 1 0 8h-5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>'
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/>${MARK}</svg>`
// Maskable: full bleed, the mark scaled into the central 80% that every mask keeps.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b5cad"/><g transform="translate(16 16) scale(0.72) translate(-16 -16)">${MARK}</g></svg>`
const square = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b5cad"/>${MARK}</svg>`

const icons = [
  { file: 'icon-192.png', size: 192, svg: rounded },
  { file: 'icon-512.png', size: 512, svg: rounded },
  { file: 'maskable-512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon.png', size: 180, svg: square },
]

const browser = await chromium.launch(chromiumLaunchOptions())
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } })
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`,
  )
  const out = fileURLToPath(new URL(`../public/icons/${icon.file}`, import.meta.url))
  await page.screenshot({ path: out, omitBackground: true })
  await page.close()
  console.log(`Wrote ${out}`)
}
await browser.close()
