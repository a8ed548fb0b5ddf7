// Every career module, loaded at once: for the build for Node (prerendering, the content files), the dev server's
// content files and the tests' fetch only. The browser loads one career at a time through ./registry.
import { syntheticCareers } from 'virtual:synthetic-careers'
import type { Career } from './schema'

const modules = import.meta.glob<Career>(['./careers/*.ts', '!./careers/*.test.ts'], {
  eager: true,
  import: 'default',
})

/** The careers written from a source page (src/content/sources/<id>.txt), in file-name order. */
export const sourcedCareers: readonly Career[] = Object.values(modules)

/** The module file each sourced career was read from, for the check that file names and ids agree. */
export const careerModuleFiles: readonly string[] = Object.keys(modules)

/** What the app ships: the sourced careers, plus synthetic ones only in a build made with SYNTHETIC_CAREERS=N. */
export const allCareers: readonly Career[] = [...sourcedCareers, ...syntheticCareers]

/**
 * The careers by id. Two careers with one id would share one address and one content file, so that fails the build
 * (and the dev server) instead of one of them silently going missing.
 */
export function careersById(careers: readonly Career[]): ReadonlyMap<string, Career> {
  // A Map, not an object lookup, so ids such as "__proto__" or "constructor" find nothing.
  const byId = new Map<string, Career>()
  for (const career of careers) {
    if (byId.has(career.id)) throw new Error(`Two careers have the id “${career.id}”.`)
    byId.set(career.id, career)
  }
  return byId
}

const BY_ID = careersById(allCareers)

/** A career by id, or undefined when there is none. */
export const careerById = (id: string): Career | undefined => BY_ID.get(id)
