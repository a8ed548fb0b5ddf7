// What scripts/synthetic-careers-plugin.mjs asks for: N synthetic careers and their catalog entries, made from the
// first real career by the same function that writes the real catalog index.
import { catalogEntry } from '@/content/catalog-entry'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { syntheticCareers } from './careers'

export function makeSynthetic(count: number) {
  const careers = syntheticCareers(pythonDeveloper, count)
  return { careers, catalog: careers.map(catalogEntry) }
}
