// How pages get a career's content: one career at a time, so a page weighs the same with one career or a thousand.
// The browser fetches `/content/careers/<id>.json` and the catalog's files (`/content/catalog/…`), made from the
// typed modules by ./content-files.ts: `npm run build` writes them, the dev server serves them from memory and unit
// tests answer them, so every browser-side path is the one that ships. Only the build for Node, which prerenders the
// pages and has no server to fetch from, reads the modules directly (./all-careers).
import { catalogEntry, type CatalogEntry } from './catalog-entry'
import {
  cardFilesFor,
  catalogCardsPath,
  catalogIndexPath,
  readCatalogIndex,
  type CatalogCardsFile,
  type CatalogIndexEntry,
  type CatalogIndexFile,
} from './catalog-files'
import type { Career } from './schema'

/** Career ids are lowercase words joined by hyphens; anything else names no career and is never fetched. */
export const CAREER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Where the browser finds a career's content. */
export const careerContentPath = (id: string) => `/content/careers/${id}.json`

const modules = () => import('./all-careers')

/**
 * `load(key)` at most once per key while it succeeds, shared by every caller; a load that fails (offline) is
 * forgotten, so the next call tries again.
 */
function loadOnce<T>(load: (key: string) => Promise<T>) {
  const loads = new Map<string, Promise<T>>()
  const get = (key: string): Promise<T> => {
    const known = loads.get(key)
    if (known) return known
    const loading = load(key)
    loads.set(key, loading)
    loading.catch(() => {
      if (loads.get(key) === loading) loads.delete(key)
    })
    return loading
  }
  return Object.assign(get, { forget: () => loads.clear() })
}

/**
 * Every career asked for in this visit, by id: the career pages' loader and the reading list share it, so a career
 * is fetched once however many pages and list changes need it. A career the site does not have is remembered too.
 */
const careers = loadOnce(async (id): Promise<Career | undefined> => {
  if (import.meta.env.SSR) return (await modules()).careerById(id)
  // Offline, a career the catalog does not list is simply not found, without asking the network.
  if (isOffline() && !(await catalogMayList(id))) return undefined
  const response = await fetch(careerContentPath(id))
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`The content of “${id}” could not be loaded (HTTP ${response.status}).`)
  return (await response.json()) as Career
})

/** Only a browser that says so is offline. */
const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false

/** The career with this id, or undefined when there is none. Throws when it exists but cannot be loaded (offline). */
export function loadCareer(id: string): Promise<Career | undefined> {
  return CAREER_ID.test(id) ? careers(id) : Promise.resolve(undefined)
}

/** False only when the catalog index is at hand and does not list the id. */
const catalogMayList = (id: string) =>
  loadCatalogIndex().then(
    (index) => index.some((entry) => entry.id === id),
    () => true,
  )

/** The careers with these ids that exist, in the order asked; unknown ids are skipped. */
export async function loadCareers(ids: Iterable<string>): Promise<Career[]> {
  const found = await Promise.all([...new Set(ids)].map(loadCareer))
  return found.filter((career) => career !== undefined)
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path)
  if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status}).`)
  return (await response.json()) as T
}

/** The catalog, made from the modules, for the build for Node. */
const moduleCatalog = async (): Promise<CatalogEntry[]> => (await modules()).allCareers.map(catalogEntry)

const catalogIndex = loadOnce((): Promise<CatalogIndexEntry[]> =>
  import.meta.env.SSR
    ? moduleCatalog()
    : fetchJson<CatalogIndexFile>(catalogIndexPath).then(readCatalogIndex),
)

/** Every career, with what the catalog filters on (id, title, pay per place), in catalog order. */
export function loadCatalogIndex(): Promise<CatalogIndexEntry[]> {
  return catalogIndex(catalogIndexPath)
}

/** The whole catalog entries (for cards) of these careers, in the order given. */
export async function loadCatalogCards(ids: readonly string[]): Promise<CatalogEntry[]> {
  if (import.meta.env.SSR) {
    const catalog = await moduleCatalog()
    return ids.flatMap((id) => catalog.find((entry) => entry.id === id) ?? [])
  }
  const index = await loadCatalogIndex()
  const position = new Map(index.map((entry, i) => [entry.id, i]))
  const files = cardFilesFor(ids.flatMap((id) => position.get(id) ?? []))
  const cards: CatalogCardsFile = Object.assign(
    {},
    ...(await Promise.all(files.map((n) => fetchJson<CatalogCardsFile>(catalogCardsPath(n))))),
  )
  return ids.flatMap((id) => {
    const entry = index[position.get(id) ?? -1]
    const card = Object.hasOwn(cards, id) ? cards[id] : undefined
    if (!entry || !card) return []
    const { region, summary, cohort, measure } = card
    return [{ ...entry, region, summary, salaries: { ...entry.salaries, cohort, measure } }]
  })
}

/** Forgets every career and the catalog index loaded so far, as a new visit would (tests start from one). */
export function forgetLoadedContent() {
  careers.forget()
  catalogIndex.forget()
}
