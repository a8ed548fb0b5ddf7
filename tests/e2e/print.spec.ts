// Printing a career (or saving it as a PDF): the content without the app's controls, every section, the salary
// table instead of the chart, links with their address, the source and the date; no item cut from its heading.
import type { Page } from '@playwright/test'
import { CAREER_SECTIONS } from '../../src/lib/career-sections'
import { en } from '../../src/messages/en'
import { expect, test } from './fixtures'

const CAREER = '/careers/python-developer'

test('"Print this career" opens the browser’s print dialog', async ({ page }) => {
  await page.goto(CAREER)
  await page.evaluate(() => {
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => {
      ;(window as unknown as { printed: number }).printed += 1
    }
  })
  await page.getByRole('button', { name: 'Print this career' }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
})

test('printed, the career page is its content: no navigation or controls, every section, the table', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(CAREER)
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('search', { name: 'This career' }).getByRole('textbox')).toBeHidden()
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: /contents/i })).toBeHidden()
  expect(
    await page.getByRole('button').evaluateAll((all) => all.filter((b) => b.checkVisibility()).length),
  ).toBe(0)

  for (const name of CAREER_SECTIONS.map((section) => en.career.sections[section.id]))
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible()
  await expect(page.getByRole('table').first()).toBeVisible()
  await expect(page.getByRole('table').first()).toContainText('Bangalore')

  // Printed on paper, a link must say where it goes.
  const linkAfter = await page
    .locator('main a[href^="https://"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content)
  expect(linkAfter).toMatch(/\(https:\/\//)

  // The day is a numbered list.
  expect(
    await page
      .locator('.day-list > li')
      .first()
      .evaluate((li) => getComputedStyle(li).display),
  ).toBe('list-item')
  expect(await page.locator('.day-list').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('decimal')

  // Light on paper, whatever the screen's theme.
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(26, 29, 35)')

  // The footer says where the content comes from and when it was printed.
  const footer = page.getByRole('contentinfo')
  await expect(footer).toContainText('clarup.com')
  await expect(footer).toContainText(
    /Printed from http:\/\/\S+\/careers\/python-developer on \d{1,2} \w+ \d{4}\./,
  )
})

test('printed, the salaries page shows the table instead of the chart and the working open', async ({
  page,
}) => {
  await page.goto('/careers/python-developer/salaries?unit=inhand&offer=15')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.salary-figure')).toBeHidden()
  await expect(page.getByRole('table', { name: /Mid-level total cash compensation/ })).toBeVisible()
  await expect(page.getByRole('radio').first()).toBeHidden()
  // The working's disclosure is closed on screen; on paper its table is there.
  await expect(page.locator('.working-table').first()).toBeVisible()
})

/**
 * Pages of the PDF, emulated where the DOM can be measured: main is laid out in columns exactly one printed page
 * high and wide (A4 less the 15 mm margins), so Chromium's fragmentation engine — the same one that breaks pages
 * when printing, honouring break-inside and break-after — decides where each "page" ends. An item broken across
 * two columns has two client rects; a heading left at the foot of a column sits in another column than what follows.
 */
async function pageBreakProblems(page: Page) {
  return page.evaluate(() => {
    const MM = 96 / 25.4
    const width = Math.floor((210 - 30) * MM)
    const height = Math.floor((297 - 30) * MM)
    const main = document.querySelector('main')
    if (!main) throw new Error('no main')
    const header = document.querySelector('.site-footer')
    header?.remove()
    Object.assign(main.style, {
      width: `${width}px`,
      maxWidth: 'none',
      height: `${height}px`,
      columnWidth: `${width}px`,
      columnGap: '0px',
      columnFill: 'auto',
      margin: '0',
    })
    const left = main.getBoundingClientRect().left
    const column = (rect: DOMRect) => Math.floor((rect.left - left + 1) / width)
    const problems: string[] = []
    const items = [...main.querySelectorAll<HTMLElement>('.item, tr')]
    for (const item of items) {
      const rects = [...item.getClientRects()].filter((r) => r.height > 0)
      if (rects.length > 1) problems.push(`split across pages: ${item.textContent.slice(0, 60)}`)
    }
    for (const heading of main.querySelectorAll<HTMLElement>('h2, h3')) {
      const next = heading.nextElementSibling
      const first = next?.getClientRects()[0]
      const own = heading.getClientRects()[0]
      if (own && first && column(own) !== column(first))
        problems.push(`heading alone at the foot of a page: ${heading.textContent}`)
    }
    const pages = Math.max(...items.map((item) => column(item.getBoundingClientRect()))) + 1
    return { problems, pages, items: items.length }
  })
}

test('a PDF of the career page: several pages, and no item or heading cut by a page break', async ({
  page,
}) => {
  await page.goto(CAREER)
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
  })
  const pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length
  expect(pdfPages).toBeGreaterThan(3)

  const { problems, pages, items } = await pageBreakProblems(page)
  expect(items).toBeGreaterThan(50)
  // The emulation really paginates: about as many pages as the PDF has.
  expect(Math.abs(pages - pdfPages)).toBeLessThanOrEqual(2)
  expect(problems).toEqual([])
})

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 900 },
])
  test(`printed from ${viewport.width} px, the day page shows every step, none hidden in a scroll box`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto('/careers/python-developer/day')
    await page.emulateMedia({ media: 'print' })
    const steps = page.getByRole('listbox', { name: 'The day, step by step' }).getByRole('option')
    await expect(steps).toHaveCount(11)
    for (const step of await steps.all()) await expect(step).toBeVisible()
    // Paper does not scroll: no box on the page holds more than it shows.
    const scrollBoxes = await page
      .locator('main')
      .evaluate((main) =>
        [main, ...main.querySelectorAll<HTMLElement>('*')]
          .filter(
            (element) =>
              /auto|scroll/.test(getComputedStyle(element).overflowY) &&
              element.scrollHeight > element.clientHeight + 1,
          )
          .map((element) => `${element.className}: ${element.clientHeight} of ${element.scrollHeight} px`),
      )
    expect(scrollBoxes).toEqual([])
    // The last step lies inside the list, below the first.
    const list = (await page.getByRole('listbox', { name: 'The day, step by step' }).boundingBox())!
    const last = (await steps.last().boundingBox())!
    expect(last.y + last.height).toBeLessThanOrEqual(list.y + list.height + 1)
    await expect(steps.last()).toContainText('End-of-day Slack update')
  })
