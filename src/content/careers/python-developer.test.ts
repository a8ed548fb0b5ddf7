// The career module against the scraped source page: the counts match, every piece of text is the page's own, and
// nothing scraped-in (stray counts, "Why:"/"Instead:" run-togethers) slipped through.
import { describe, expect, it } from 'vitest'
import { careerSchema, type Career } from '../schema'
import source from '../sources/python-developer.txt?raw'
import { pythonDeveloper } from './python-developer'

const career: Career = pythonDeveloper
// The page's lines with the stray section counts ("7- ", "10- ") taken off the first item of each list.
const sourceLines = source.split('\n').map((line) => line.replace(/^\d+(?=- )/, ''))

/** Every string in a value, with the path it was found at. */
function strings(value: unknown, path = 'career'): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`))
  return []
}

describe('python-developer content', () => {
  it('is valid against the schema', () => {
    const result = careerSchema.safeParse(career)
    expect(result.error?.issues ?? []).toEqual([])
  })

  it('has as many items per section as the source page', () => {
    expect({
      day: career.day.length,
      mistakes: career.mistakes.length,
      salaries: career.salaries.rows.length,
      notableIndians: career.notableIndians.length,
      communities: career.communities.length,
      resources: career.resources.length,
      responsibilities: career.responsibilities.length,
      advantages: career.advantages.length,
      challenges: career.challenges.length,
      education: career.education.length,
    }).toEqual({
      day: 11,
      mistakes: 7,
      salaries: 6,
      notableIndians: 0,
      communities: 7,
      resources: 10,
      responsibilities: 6,
      advantages: 5,
      challenges: 5,
      education: 5,
    })
  })

  it('keeps ids unique within each section', () => {
    const sections = [
      career.day,
      career.mistakes,
      career.salaries.rows,
      career.communities,
      career.resources,
      career.responsibilities,
      career.advantages,
      career.challenges,
      career.education,
    ]
    for (const items of sections) {
      const ids = items.map((item) => item.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('keeps the overview once, exactly as the page words it', () => {
    const overviewLine = source.split('\n')[1]
    expect(career.overview).toBe(overviewLine)
    expect(career.overview.startsWith(career.summary)).toBe(true)
  })

  it('takes every day step, in order, word for word from the page', () => {
    const lines = source.split('\n')
    const start = lines.indexOf('A Day in the Life') + 1
    expect(career.day.map((step) => step.text)).toEqual(lines.slice(start, start + 11))
  })

  it('splits the day into phases in order: lunch is midday, the end-of-day update ends it', () => {
    const phases = career.day.map((step) => step.phase)
    expect(phases.indexOf('midday')).toBe(career.day.findIndex((s) => s.text.startsWith('Lunch break.')))
    expect(career.day.at(-1)?.phase).toBe('end-of-day')
    const order = ['morning', 'midday', 'afternoon', 'end-of-day']
    const ranks = phases.map((p) => order.indexOf(p))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('gives no clock times anywhere, since the page gives none', () => {
    const clock = /\b\d{1,2}(:\d{2})\s*(am|pm)?\b|\b\d{1,2}\s*(am|pm)\b/i
    for (const [path, text] of strings(career)) expect(text, path).not.toMatch(clock)
  })

  it('rebuilds each common mistake from the page, with "Instead" only where the page has one', () => {
    for (const m of career.mistakes) {
      const pageLine = `- ⚠️${m.title}Why: ${m.why}${m.instead ? `Instead: ${m.instead}` : ''}`
      expect(sourceLines, m.id).toContain(pageLine)
    }
    expect(career.mistakes[3]?.instead).toBeUndefined()
    expect(career.mistakes.filter((m) => m.instead).length).toBe(6)
  })

  it('holds the salary table as numbers matching the page', () => {
    const rows = career.salaries.rows.map((r) => `| ${r.place} | ₹${r.minLakh}-${r.maxLakh}L |`)
    for (const row of rows) expect(source).toContain(row)
    for (const r of career.salaries.rows) expect(r.minLakh).toBeLessThanOrEqual(r.maxLakh)
    expect(career.salaries.rows.map((r) => r.placeKind)).toEqual([
      'city',
      'city',
      'city',
      'region',
      'city',
      'remote',
    ])
    expect(source).toContain(`(${career.salaries.cohort} total cash comp)`)
  })

  it('rebuilds each community from the page', () => {
    for (const c of career.communities) {
      const pageLine = c.formats.length
        ? `- ${c.name}${c.formats.join(' + ')}${c.description}`
        : `- ${c.name} — ${c.description}`
      expect(sourceLines, c.id).toContain(pageLine)
    }
  })

  it('splits each run-together resource into title, medium, author and why', () => {
    for (const r of career.resources) {
      expect(sourceLines, r.id).toContain(`- ${r.title}${r.medium}by ${r.by}${r.why}`)
      expect(r.indiaFocused, r.id).toBe(r.medium.includes('(India)'))
    }
  })

  it('rebuilds responsibilities, advantages, challenges and education from the page', () => {
    for (const item of [
      ...career.responsibilities,
      ...career.advantages,
      ...career.challenges,
      ...career.education,
    ]) {
      expect(sourceLines, item.id).toContain(`- ${item.label}${item.separator}${item.text}`)
    }
  })

  it('carries no scraping leftovers', () => {
    for (const [path, text] of strings(career)) {
      expect(text, path).not.toMatch(/^\s*\d+\s*[-|]/) // stray counts like "7-" or "6|"
      expect(text, path).not.toMatch(/\S(Why|Instead):/) // run-together labels
      expect(text, path).not.toMatch(/⚠️/)
      if (!path.endsWith('.separator')) expect(text, path).not.toMatch(/^\s|\s$/)
    }
  })

  it('names and links its source', () => {
    expect(career.source.publisher).toBe('clarup.com')
    expect(career.source.url).toMatch(/^https:\/\/clarup\.com\//)
  })
})
