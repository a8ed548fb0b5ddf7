// The catalog index as the browser build fetches it, so the catalog weighs little at any number of careers:
// - `/content/catalog/index.json`: what filtering needs — each career's id, title and pay per place, with the places
//   written once (about 25 bytes gzip a career);
// - `/content/catalog/cards-<n>.json`: what a card adds (region, summary, who the pay describes), 100 careers a
//   file, fetched only for the cards on screen.
// They are made from the career modules with the careers' own files (./content-files.ts).
import type { CatalogEntry, CatalogPay } from './catalog-entry'

export const CARDS_PER_FILE = 100
export const catalogIndexPath = '/content/catalog/index.json'
export const catalogCardsPath = (file: number) => `/content/catalog/cards-${file}.json`

type Place = [id: string, name: string, kind: CatalogPay['placeKind']]
/** A career: id, title, and per place [place number, min, max]. */
type IndexedCareer = [id: string, title: string, pay: [place: number, minLakh: number, maxLakh: number][]]
export interface CatalogIndexFile {
  places: Place[]
  careers: IndexedCareer[]
}
type Card = Pick<CatalogEntry, 'region' | 'summary'> & Pick<CatalogEntry['salaries'], 'cohort' | 'measure'>
export type CatalogCardsFile = Record<string, Card>

/** What filtering needs of a career; a card needs the rest of its CatalogEntry (`withCards`). */
export type CatalogIndexEntry = Pick<CatalogEntry, 'id' | 'title'> & { salaries: { rows: CatalogPay[] } }

/** The files for the browser build: the index, then the card files, as [path, content]. */
export function catalogFiles(entries: readonly CatalogEntry[]): [string, string][] {
  const places = new Map<string, number>()
  const placeList: Place[] = []
  const careers = entries.map((entry): IndexedCareer => {
    const pay = entry.salaries.rows.map((row): [number, number, number] => {
      let n = places.get(row.id)
      if (n === undefined) {
        n = placeList.push([row.id, row.place, row.placeKind]) - 1
        places.set(row.id, n)
      }
      return [n, row.minLakh, row.maxLakh]
    })
    return [entry.id, entry.title, pay]
  })
  const files: [string, string][] = [
    [catalogIndexPath, JSON.stringify({ places: placeList, careers } satisfies CatalogIndexFile)],
  ]
  for (let start = 0; start < entries.length; start += CARDS_PER_FILE) {
    const cards: CatalogCardsFile = {}
    for (const { id, region, summary, salaries } of entries.slice(start, start + CARDS_PER_FILE))
      cards[id] = { region, summary, cohort: salaries.cohort, measure: salaries.measure }
    files.push([catalogCardsPath(start / CARDS_PER_FILE), JSON.stringify(cards)])
  }
  return files
}

/** The index file read back into entries, in catalog order. */
export function readCatalogIndex(file: CatalogIndexFile): CatalogIndexEntry[] {
  return file.careers.map(([id, title, pay]) => ({
    id,
    title,
    salaries: {
      rows: pay.flatMap(([n, minLakh, maxLakh]) => {
        const place = file.places[n]
        return place ? [{ id: place[0], place: place[1], placeKind: place[2], minLakh, maxLakh }] : []
      }),
    },
  }))
}

/** Which card files hold the careers at these catalog positions. */
export const cardFilesFor = (positions: readonly number[]) => [
  ...new Set(positions.map((p) => Math.floor(p / CARDS_PER_FILE))),
]
