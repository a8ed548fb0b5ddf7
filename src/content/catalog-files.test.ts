import { describe, expect, it } from 'vitest'
import { sourcedCareers } from './all-careers'
import {
  CARDS_PER_FILE,
  cardFilesFor,
  catalogFiles,
  readCatalogIndex,
  type CatalogIndexFile,
} from './catalog-files'
import { catalogEntry, type CatalogEntry } from './catalog-entry'

const catalog = sourcedCareers.map(catalogEntry)

const many = (n: number): CatalogEntry[] =>
  Array.from({ length: n }, (_, i) => ({ ...catalog[0]!, id: `career-${i}`, title: `Career ${i}` }))

describe('catalog files', () => {
  it('the index reads back to every career’s id, title and pay per place', () => {
    const [path, body] = catalogFiles(catalog)[0] ?? []
    expect(path).toBe('/content/catalog/index.json')
    const index = readCatalogIndex(JSON.parse(body!) as CatalogIndexFile)
    expect(index).toEqual(
      catalog.map(({ id, title, salaries }) => ({ id, title, salaries: { rows: salaries.rows } })),
    )
  })

  it('writes each place once and puts 100 cards in a file', () => {
    const files = catalogFiles(many(250))
    expect(files.map(([path]) => path)).toEqual([
      '/content/catalog/index.json',
      '/content/catalog/cards-0.json',
      '/content/catalog/cards-1.json',
      '/content/catalog/cards-2.json',
    ])
    const index = JSON.parse(files[0]![1]) as CatalogIndexFile
    expect(index.places).toHaveLength(catalog[0]!.salaries.rows.length)
    expect(Object.keys(JSON.parse(files[3]![1]) as object)).toHaveLength(50)
  })

  it('names the card files that hold given catalog positions', () => {
    expect(cardFilesFor([0, 5, CARDS_PER_FILE - 1, CARDS_PER_FILE, 3 * CARDS_PER_FILE])).toEqual([0, 1, 3])
  })
})
