import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allCareers, careerModuleFiles, sourcedCareers } from './all-careers'
import { readCatalogIndex, type CatalogIndexFile } from './catalog-files'
import { contentFilesFor } from './content-files'
import { loadCareer, loadCareers, loadCatalogCards, loadCatalogIndex } from './registry'
import { careerSchema, type Career } from './schema'

const [python] = sourcedCareers as [Career]

describe('career modules', () => {
  it('are every career, each valid against the schema', () => {
    expect(allCareers.map((c) => c.id)).toEqual(['python-developer'])
    for (const career of allCareers) expect(careerSchema.safeParse(career).success).toBe(true)
  })

  it('are named after their career, and each has the source page it was written from', () => {
    expect(careerModuleFiles).toEqual(sourcedCareers.map((career) => `./careers/${career.id}.ts`))
    for (const career of sourcedCareers)
      expect(existsSync(join(process.cwd(), `src/content/sources/${career.id}.txt`))).toBe(true)
  })

  it('have unique ids', () => {
    const ids = allCareers.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('the content files, made from the modules', () => {
  const indexOf = (files: [string, string][]) =>
    readCatalogIndex(JSON.parse(new Map(files).get('/content/catalog/index.json') ?? '') as CatalogIndexFile)

  it('are each career’s own file and the catalog, which carries the pay ranges it filters on', () => {
    const files = contentFilesFor(allCareers)
    expect(files.map(([path]) => path)).toEqual([
      '/content/careers/python-developer.json',
      '/content/catalog/index.json',
      '/content/catalog/cards-0.json',
    ])
    expect(JSON.parse(files[0]?.[1] ?? '')).toEqual(python)
    const [entry] = indexOf(files)
    expect(entry?.salaries.rows.find((r) => r.id === 'pune')).toEqual({
      id: 'pune',
      place: 'Pune',
      placeKind: 'city',
      minLakh: 10,
      maxLakh: 17,
    })
  })

  it('list a career added to the modules, with its own ranges', () => {
    const added: Career = {
      ...python,
      id: 'data-analyst',
      title: 'Data Analyst',
      salaries: { ...python.salaries, rows: [{ ...python.salaries.rows[0]!, minLakh: 4, maxLakh: 9 }] },
    }
    const files = contentFilesFor([python, added])
    expect(files.map(([path]) => path)).toContain('/content/careers/data-analyst.json')
    const index = indexOf(files)
    expect(index.map((e) => e.title)).toEqual(['Python Developer', 'Data Analyst'])
    expect(index[1]?.salaries.rows.map((r) => [r.minLakh, r.maxLakh])).toEqual([[4, 9]])
  })
})

describe('loading content', () => {
  it('loads a career by id', async () => {
    expect((await loadCareer('python-developer'))?.title).toBe('Python Developer')
  })

  it.each([
    'astronaut',
    '',
    '__proto__',
    'constructor',
    'toString',
    'PYTHON-DEVELOPER',
    '<img src=x>',
    '../x',
  ])('finds nothing for %j', async (id) => {
    expect(await loadCareer(id)).toBeUndefined()
  })

  it('loads several, skipping unknown ids and repeats', async () => {
    const careers = await loadCareers(['python-developer', 'astronaut', 'python-developer'])
    expect(careers.map((c) => c.id)).toEqual(['python-developer'])
  })

  it('the catalog index and its cards', async () => {
    const index = await loadCatalogIndex()
    expect(index.map((e) => e.title)).toEqual(['Python Developer'])
    const [card] = await loadCatalogCards(['python-developer', 'astronaut'])
    expect(card?.summary).toMatch(/^Python Developers build and maintain/)
  })
})
