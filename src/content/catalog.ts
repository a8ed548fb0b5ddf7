// The catalog: one small entry per career (./catalog-entry.ts), made from the career modules. The dev server and
// tests read it here; the browser build fetches it as files (./content-files.ts).
import { allCareers } from './all-careers'
import { catalogEntry, type CatalogEntry } from './catalog-entry'

export const careerCatalog: readonly CatalogEntry[] = allCareers.map(catalogEntry)
