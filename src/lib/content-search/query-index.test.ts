import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import type { Career } from '@/content/schema'
import { inMemorySearchIndex } from '@/testing/search-index-fetch'
import { careerItems } from './items'
import { createSiteSearch, type SiteSearchResult } from './query-index'

const index = inMemorySearchIndex()
const search = createSiteSearch(index.load)
const hits = (result: SiteSearchResult) => result.groups.flatMap((g) => g.hits)
const best = async (query: string) => hits(await search(query))[0]
const titles = async (query: string) => hits(await search(query, 100)).map((h) => h.title)

describe('the header search', () => {
  it('opens the item a reader means with Enter: the best match comes first', async () => {
    expect(await best('talk python')).toMatchObject({
      title: 'Talk Python To Me podcast',
      section: 'resources',
    })
    expect(await best('real python')).toMatchObject({ title: 'Real Python', section: 'resources' })
    expect(await best('fluent')).toMatchObject({
      careerId: 'python-developer',
      careerTitle: 'Python Developer',
      section: 'resources',
      id: 'fluent-python',
      title: 'Fluent Python (2nd Edition)',
    })
  })

  it("puts the best match's group first, and keeps the others grouped", async () => {
    const result = await search('talk python')
    expect(result.groups[0]?.section).toBe('resources')
    const sections = result.groups.map((g) => g.section)
    expect(new Set(sections).size).toBe(sections.length)
  })

  it('matches the start of words only: "go" is not in "Django"', async () => {
    const found = await titles('go')
    expect(found.length).toBeGreaterThan(0)
    expect(found.some((t) => /django/i.test(t))).toBe(false)
    expect(await titles('jango')).toEqual([])
  })

  it('needs every word of the query, each starting a word', async () => {
    const found = await titles('fluent pyt')
    expect(found).toEqual(['Fluent Python (2nd Edition)'])
    expect(await titles('fluent django')).toEqual([])
  })

  it('does not match everything for punctuation: "C++" is the word C++, "(?<=a)" has no word', async () => {
    const all = (await search('python', 1000)).groups.reduce((n, g) => n + g.total, 0)
    const cpp = await search('C++', 1000)
    const cppTotal = cpp.groups.reduce((n, g) => n + g.total, 0)
    expect(cppTotal).toBeGreaterThan(0)
    expect(cppTotal).toBeLessThan(all)
    expect(hits(cpp).map((h) => h.title)).toContain(
      'Lower entry bar than systems-language (Go, Rust, C++) or ML roles',
    )
    for (const junk of ['(?<=a)', '?!', 'a', '.*']) {
      const result = await search(junk)
      expect(result.terms).toEqual([])
      expect(result.groups).toEqual([])
    }
  })

  it('ignores case and accents, both ways', async () => {
    const talks = 'Sebastián Ramírez (FastAPI creator) talks on YouTube'
    expect(await best('SEBASTIAN ramirez')).toMatchObject({ title: talks })
    expect(await best('Sébastián RAMÍREZ')).toMatchObject({ title: talks })
  })

  it('ranks a title over the rest of an item, and a whole word over the start of one', async () => {
    // "pytest" is in the titles of some items and only in the text of others.
    const result = hits(await search('pytest', 100))
    const firstTextOnly = result.findIndex((h) => !/pytest/i.test(h.title))
    const lastTitle = result.map((h) => /pytest/i.test(h.title)).lastIndexOf(true)
    expect(firstTextOnly).toBeGreaterThan(lastTitle)
  })

  it('caps each group and says how many matched', async () => {
    const result = await search('python', 3)
    for (const group of result.groups) {
      expect(group.hits.length).toBeLessThanOrEqual(3)
      expect(group.total).toBeGreaterThanOrEqual(group.hits.length)
    }
    expect(result.groups.some((g) => g.total > g.hits.length)).toBe(true)
  })

  it('finds the career itself and its pages, ranked first', async () => {
    expect(await best('python developer')).toMatchObject({
      careerId: 'python-developer',
      section: 'pages',
      id: 'career',
      title: 'Python Developer',
    })
    expect((await search('python developer')).groups[0]?.section).toBe('pages')
    expect(await best('Python Developers')).toMatchObject({ section: 'pages', id: 'career' })
    for (const query of ['salaries', 'salary', 'salary bangalore', 'Salaries in Pune', 'in hand'])
      expect(await best(query), query).toMatchObject({
        section: 'pages',
        id: 'salaries',
        title: 'Python Developer salaries by city',
      })
    expect(await best('day in the life')).toMatchObject({
      section: 'pages',
      id: 'day',
      title: 'Python Developer: a day in the life',
    })
  })

  it("finds the words of a career's overview on the career page", async () => {
    for (const query of ['Zerodha', 'postgresql', 'razorpay fintech'])
      expect(await best(query), query).toMatchObject({ section: 'pages', id: 'career' })
  })

  it('matches the other number of a word: "salary" finds "salaries", "developers" finds "developer"', async () => {
    expect(await titles('salary')).toContain('Python Developer salaries by city')
    expect((await titles('salaries')).some((t) => t.startsWith('Salary curve sits'))).toBe(true)
    expect(await titles('developers')).toContain('Python Developer')
  })

  it('"in hand" is the words in and hand, not "in" somewhere and a word starting with "hand"', async () => {
    const handler = careerItems(pythonDeveloper).filter((item) => /\bhandl/i.test(item.text))
    expect(handler.length).toBeGreaterThan(0)
    const found = hits(await search('in hand', 100)).map((h) => h.id)
    for (const item of handler) expect(found).not.toContain(item.id)
    expect(found).toContain('salaries')
    // Earlier words are whole words; the last may still be the start of one, as it is being typed.
    expect(await titles('fluent pyt')).toEqual(['Fluent Python (2nd Edition)'])
    expect(await titles('flu python')).toEqual([])
    // While no item has the last word whole, its start still finds: "python fast" lists FastAPI.
    expect((await titles('python fast')).some((t) => /FastAPI/.test(t))).toBe(true)
  })

  it('counts its results in words a reader expects: "1 result", "2 results"', async () => {
    expect((await search('fluent')).status).toBe('1 result. Use the arrow keys to choose, Enter to open.')
    expect((await search('python')).status).toMatch(/^\d+ results\. /)
  })

  it('fetches only the files a query needs', async () => {
    const fresh = inMemorySearchIndex()
    await createSiteSearch(fresh.load)('fluent')
    expect(fresh.requested.sort()).toEqual([
      'search/careers/0.json',
      'search/prefixes.json',
      'search/words/fl.json',
    ])
    const unknown = inMemorySearchIndex()
    expect(hits(await createSiteSearch(unknown.load)('kubernetes'))).toEqual([])
    expect(unknown.requested).toEqual(['search/prefixes.json'])
  })
})

describe('the index of many careers', () => {
  const other = (n: number): Career => ({ ...pythonDeveloper, id: `career-${n}`, title: `Career ${n}` })
  const careers = [pythonDeveloper, ...Array.from({ length: 30 }, (_, n) => other(n + 1))]

  it("finds every career's items, and reads only the careers it shows", async () => {
    const many = inMemorySearchIndex(careers)
    const result = await createSiteSearch(many.load)('fluent', 5)
    expect(result.groups[0]?.total).toBe(31)
    expect(result.groups[0]?.hits.map((h) => h.careerId)).toEqual([
      'python-developer',
      'career-1',
      'career-2',
      'career-3',
      'career-4',
    ])
    expect(many.requested.filter((f) => f.startsWith('search/careers/')).sort()).toEqual([
      'search/careers/0.json',
      'search/careers/1.json',
      'search/careers/2.json',
      'search/careers/3.json',
      'search/careers/4.json',
    ])
  })

  it('gives the same answers when big words files are split by longer prefixes', async () => {
    const whole = createSiteSearch(inMemorySearchIndex(careers).load)
    const split = inMemorySearchIndex(careers, 2_000)
    const search = createSiteSearch(split.load)
    expect(split.files.has('search/words/pyth.json') || split.files.has('search/words/pyt.json')).toBe(true)
    for (const query of ['python', 'pyt', 'talk python', 'django orm', 'fluent']) {
      expect(await search(query, 10)).toEqual(await whole(query, 10))
    }
  })

  it('asks for more of a word that starts too many to fetch', async () => {
    const split = inMemorySearchIndex(careers, 200)
    const search = createSiteSearch(split.load, { broadBytes: 5_000 })
    const broad = await search('co')
    expect(broad.broad).toEqual(['co'])
    expect(broad.groups).toEqual([])
    expect(split.requested.filter((f) => f.startsWith('search/words/'))).toEqual(['search/words/co.json'])
    // A longer start of the word is looked up.
    expect(hits(await search('communities')).length).toBeGreaterThan(0)
  })
})
