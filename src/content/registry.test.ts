import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { failRequests, resetSiteFetch, siteFetch, siteRequests } from '@/testing/site-fetch'
import { allCareers, careerModuleFiles, careersById, sourcedCareers } from './all-careers'
import { readCatalogIndex, type CatalogIndexFile } from './catalog-files'
import { contentFilesFor } from './content-files'
import { forgetLoadedContent, loadCareer, loadCareers, loadCatalogCards, loadCatalogIndex } from './registry'
import { careerSchema, type Career } from './schema'

const [python] = sourcedCareers as [Career]

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  forgetLoadedContent()
  resetSiteFetch()
})

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

  it('may not share an id: two careers with one id fail the build, which reads every career by id', () => {
    expect(careersById(allCareers).size).toBe(allCareers.length)
    expect(() => careersById([python, { ...python, title: 'Another Python Developer' }])).toThrow(
      'Two careers have the id “python-developer”.',
    )
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

describe('loading content in the browser: fetched from the content files, as in production', () => {
  beforeEach(() => {
    vi.stubEnv('SSR', false)
    vi.stubGlobal('fetch', siteFetch)
  })

  it('loads a career from its own file', async () => {
    expect((await loadCareer('python-developer'))?.title).toBe('Python Developer')
    expect(siteRequests).toEqual(['/content/careers/python-developer.json'])
  })

  it.each(['astronaut', 'constructor'])('finds nothing for %j, which the site does not have', async (id) => {
    expect(await loadCareer(id)).toBeUndefined()
    expect(siteRequests).toEqual([`/content/careers/${id}.json`])
  })

  it.each(['', '__proto__', 'toString', 'PYTHON-DEVELOPER', '<img src=x>', '../x'])(
    'finds nothing for %j without asking the network',
    async (id) => {
      expect(await loadCareer(id)).toBeUndefined()
      expect(siteRequests).toEqual([])
    },
  )

  it('fetches a career once, however many times and ways it is asked for', async () => {
    await Promise.all([loadCareer('python-developer'), loadCareer('python-developer')])
    const careers = await loadCareers(['python-developer', 'astronaut', 'python-developer'])
    expect(careers.map((c) => c.id)).toEqual(['python-developer'])
    expect(await loadCareer('astronaut')).toBeUndefined()
    expect(siteRequests).toEqual([
      '/content/careers/python-developer.json',
      '/content/careers/astronaut.json',
    ])
  })

  it('after a failed load (offline), asks again on the next try', async () => {
    failRequests('/content/careers/python-developer.json')
    await expect(loadCareer('python-developer')).rejects.toThrow('Failed to fetch')
    expect((await loadCareer('python-developer'))?.title).toBe('Python Developer')
    expect(siteRequests).toHaveLength(2)
  })

  it('a server error is an error, not a missing career', async () => {
    failRequests('/content/careers/python-developer.json', { status: 503 })
    await expect(loadCareer('python-developer')).rejects.toThrow(
      'The content of “python-developer” could not be loaded (HTTP 503).',
    )
  })

  it('the catalog index once, and only the card files asked for', async () => {
    const index = await loadCatalogIndex()
    expect(index.map((e) => e.title)).toEqual(['Python Developer'])
    const [card] = await loadCatalogCards(['python-developer', 'astronaut'])
    expect(card?.summary).toMatch(/^Python Developers build and maintain/)
    expect(siteRequests).toEqual(['/content/catalog/index.json', '/content/catalog/cards-0.json'])
  })

  it('a failed catalog index is asked for again on the next try', async () => {
    failRequests('/content/catalog/index.json')
    await expect(loadCatalogIndex()).rejects.toThrow('Failed to fetch')
    expect(await loadCatalogIndex()).toHaveLength(1)
    expect(siteRequests).toHaveLength(2)
  })
})

describe('loading content in the build for Node (prerendering): from the modules, with nothing to fetch from', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new Error('the build has no server')))
  })

  it('a career, the catalog index and its cards', async () => {
    expect(await loadCareer('python-developer')).toBe(python)
    expect(await loadCareer('astronaut')).toBeUndefined()
    expect((await loadCatalogIndex()).map((e) => e.title)).toEqual(['Python Developer'])
    const [card] = await loadCatalogCards(['python-developer', 'astronaut'])
    expect(card?.summary).toMatch(/^Python Developers build and maintain/)
    expect(fetch).not.toHaveBeenCalled()
  })
})
