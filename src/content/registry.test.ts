import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allCareers, careerModuleFiles, sourcedCareers } from './all-careers'
import { catalogEntry } from './catalog-entry'
import { generatedCatalog } from './catalog.gen'
import { loadCareer, loadCareers, loadCatalogCards, loadCatalogIndex } from './registry'
import { careerSchema } from './schema'

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

describe('the catalog index (catalog.gen.ts)', () => {
  it('holds one entry per career module, made from it — run `npm run gen:catalog` when this fails', () => {
    expect(generatedCatalog).toEqual(sourcedCareers.map(catalogEntry))
  })

  it('carries the pay ranges the catalog filters on', () => {
    const entry = generatedCatalog.find((e) => e.id === 'python-developer')
    expect(entry?.salaries.rows.find((r) => r.id === 'pune')).toEqual({
      id: 'pune',
      place: 'Pune',
      placeKind: 'city',
      minLakh: 10,
      maxLakh: 17,
    })
  })

  it('a career added to the modules appears with its own ranges', () => {
    const [first] = sourcedCareers
    if (!first) throw new Error('no career')
    const added = { ...first, id: 'data-analyst', title: 'Data Analyst' }
    added.salaries = { ...first.salaries, rows: [{ ...first.salaries.rows[0]!, minLakh: 4, maxLakh: 9 }] }
    const entry = catalogEntry(added)
    expect(entry).toMatchObject({ id: 'data-analyst', title: 'Data Analyst' })
    expect(entry.salaries.rows.map((r) => [r.minLakh, r.maxLakh])).toEqual([[4, 9]])
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
