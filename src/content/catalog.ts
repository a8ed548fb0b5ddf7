// The catalog index: one small entry per career (./catalog-entry.ts). It loads with the catalog's first filter or
// page change, never with a career page.
import { syntheticCatalog } from 'virtual:synthetic-careers/catalog'
import type { CatalogEntry } from './catalog-entry'
import { generatedCatalog } from './catalog.gen'

export const careerCatalog: readonly CatalogEntry[] = [...generatedCatalog, ...syntheticCatalog]
