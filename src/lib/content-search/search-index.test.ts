import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import type { Career } from '@/content/schema'
import type { CareerRecord, PrefixesFile, WordsFile } from './index-files'
import { careerItems } from './items'
import { careerPages } from './pages'
import { buildSearchIndex } from './search-index'
import { textWords } from './words'

const parse = <T>(files: { file: string; body: string }[], file: string): T => {
  const found = files.find((f) => f.file === file)
  if (!found) throw new Error(`no ${file}`)
  return JSON.parse(found.body) as T
}

describe('buildSearchIndex', () => {
  const files = buildSearchIndex([pythonDeveloper])

  it("writes each career's items as a result shows them", () => {
    const career = parse<CareerRecord>(files, 'search/careers/0.json')
    expect(career.id).toBe('python-developer')
    expect(career.title).toBe('Python Developer')
    expect(career.items).toHaveLength(
      careerPages(pythonDeveloper).length + careerItems(pythonDeveloper).length,
    )
    expect(career.items).toContainEqual(['resources', 'fluent-python', 'Fluent Python (2nd Edition)'])
  })

  it("writes the career's own pages first: the career page, salaries, the day", () => {
    const career = parse<CareerRecord>(files, 'search/careers/0.json')
    expect(career.items.slice(0, 3)).toEqual([
      ['pages', 'career', 'Python Developer'],
      ['pages', 'salaries', 'Python Developer salaries by city'],
      ['pages', 'day', 'Python Developer: a day in the life'],
    ])
  })

  it('indexes every word of the overview for the career page, and every place for the salaries page', () => {
    const postings = (word: string) =>
      parse<WordsFile>(files, `search/words/${word.slice(0, 2)}.json`).words[word] ?? []
    for (const word of textWords(pythonDeveloper.overview).filter((w) => w.length >= 2))
      expect(
        postings(word).some((p) => p[1] === 0 && p[2] === 0),
        word,
      ).toBe(true)
    for (const row of pythonDeveloper.salaries.rows)
      for (const word of textWords(row.place).filter((w) => w.length >= 2))
        expect(
          postings(word).some((p) => p[1] === 0 && p[2] === 1),
          word,
        ).toBe(true)
  })

  it('files every word of two or more characters under its first two, and lists those files', () => {
    const prefixes = parse<PrefixesFile>(files, 'search/prefixes.json')
    const words = careerItems(pythonDeveloper).flatMap((item) => textWords(`${item.title} ${item.text}`))
    for (const word of words.filter((w) => /^[a-z0-9]{2}/.test(w))) {
      expect(prefixes, word).toContain(word.slice(0, 2))
      expect(Object.keys(parse<WordsFile>(files, `search/words/${word.slice(0, 2)}.json`).words)).toContain(
        word,
      )
    }
    expect(files.filter((f) => f.file.startsWith('search/words/'))).toHaveLength(prefixes.length)
  })

  it('notes where a word is: its item, its section, and whether in the title', () => {
    const items = [...careerPages(pythonDeveloper), ...careerItems(pythonDeveloper)]
    const fluent = items.findIndex((item) => item.id === 'fluent-python')
    const postings = parse<WordsFile>(files, 'search/words/fl.json').words['fluent'] ?? []
    const posting = postings.find((p) => p[2] === fluent)
    // [career (first: 0), section (resources, after the pages), item, title words, position 0 in the title]
    expect(posting?.slice(0, 5)).toEqual([0, 6, fluent, 4, 0])
  })

  it('numbers careers by their place, and stores each as a difference from the last', () => {
    const other: Career = { ...pythonDeveloper, id: 'other', title: 'Other' }
    const two = buildSearchIndex([pythonDeveloper, other, other])
    expect(two.filter((f) => f.file.startsWith('search/careers/'))).toHaveLength(3)
    const postings = parse<WordsFile>(two, 'search/words/fl.json').words['fluent'] ?? []
    expect(postings.map((p) => p[0])).toEqual([0, 1, 1])
  })

  it('splits a big file by longer prefixes and lists them with their sizes in the two-character file', () => {
    const many = Array.from({ length: 20 }, (_, n) => ({ ...pythonDeveloper, id: `c${n}` }))
    const split = buildSearchIndex(many, { splitBytes: 4_000 })
    const py = parse<WordsFile>(split, 'search/words/py.json')
    expect(Object.keys(py.more ?? {})).toContain('python')
    const python = parse<WordsFile>(split, 'search/words/python.json')
    expect(python.words['python']).toHaveLength(
      parse<WordsFile>(buildSearchIndex(many), 'search/words/py.json').words['python']?.length ?? -1,
    )
    for (const [prefix, bytes] of Object.entries(py.more ?? {}))
      expect(split.find((f) => f.file === `search/words/${prefix}.json`)?.body.length).toBe(bytes)
  })
})
