// One page of the catalog for the filters in the address: the filters run over the whole index (small, one fetch),
// and only the cards on the page are loaded.
import type { CatalogEntry } from '@/content/catalog-entry'
import { loadCatalogCards, loadCatalogIndex } from '@/content/registry'
import type { CatalogSearch } from './search'
import { catalogPlaces, filterCatalog, type CatalogPlace } from './filter-catalog'

export const CARDS_PER_PAGE = 20

export interface CatalogView {
  /** Careers in the catalog. */
  total: number
  /** Careers that match the filters (all of them when there are none). */
  matching: number
  /** 1-based, within 1…pageCount. */
  page: number
  pageCount: number
  /** Every place any career has pay for, for the place filter. */
  places: CatalogPlace[]
  cards: CatalogEntry[]
}

export async function loadCatalogView(search: CatalogSearch): Promise<CatalogView> {
  const index = await loadCatalogIndex()
  const places = catalogPlaces(index)
  const place = places.find((p) => p.id === search.place)?.id
  const matches = filterCatalog(index, { ...search, place })
  const pageCount = Math.max(1, Math.ceil(matches.length / CARDS_PER_PAGE))
  const page = Math.min(search.page ?? 1, pageCount)
  const onPage = matches.slice((page - 1) * CARDS_PER_PAGE, page * CARDS_PER_PAGE)
  const cards = await loadCatalogCards(onPage.map((entry) => entry.id))
  return { total: index.length, matching: matches.length, page, pageCount, places, cards }
}
