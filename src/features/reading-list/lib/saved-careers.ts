// The reading list loads only the careers its items come from (and, for an import, the careers the file names that
// the catalog lists), never the whole catalog. Careers come from the registry's cache, shared with the career pages:
// each is fetched once a visit.
import { useEffect, useState } from 'react'
import { CAREER_ID, loadCareer, loadCareers, loadCatalogIndex } from '@/content/registry'
import type { Career } from '@/content/schema'

/** The career ids an export file mentions; parseImport() does the real checking, this only decides what to load. */
export function careerIdsIn(raw: string): string[] {
  const ids = new Set<string>()
  for (const match of raw.matchAll(/"careerId"\s*:\s*"([^"\\]{1,100})"/g))
    if (match[1] && CAREER_ID.test(match[1])) ids.add(match[1])
  return [...ids]
}

/**
 * Careers for an import: the file's and the list's own (both may be named in the result). Only careers the catalog
 * lists are loaded, so a file naming thousands of ids fetches at most one file per career on the site; parseImport()
 * reports the others as unknown.
 */
export async function careersForImport(raw: string, listIds: Iterable<string>): Promise<Career[]> {
  const listed = new Set((await loadCatalogIndex()).map((entry) => entry.id))
  return loadCareers([...careerIdsIn(raw), ...listIds].filter((id) => listed.has(id)))
}

export interface SavedCareers {
  careers: readonly Career[]
  /** True until every asked-for career has loaded or failed. */
  loading: boolean
  /** Some could not be loaded (offline and not kept by this browser). */
  failed: boolean
}

/** The careers with these ids. Each loads once a visit: a change of the list fetches only careers new to it. */
export function useSavedCareers(ids: readonly string[]): SavedCareers {
  const key = [...new Set(ids)].sort().join(' ')
  const [state, setState] = useState<{ key: string; careers: readonly Career[]; failed: boolean } | null>(
    null,
  )
  useEffect(() => {
    let live = true
    const wanted = key ? key.split(' ') : []
    Promise.allSettled(wanted.map(loadCareer)).then((results) => {
      if (!live) return
      const careers = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []))
      setState({ key, careers, failed: results.some((r) => r.status === 'rejected') })
    })
    return () => {
      live = false
    }
  }, [key])
  if (state?.key === key) return { careers: state.careers, loading: false, failed: state.failed }
  // While another set loads, keep what is known so rows don't flash away.
  return { careers: state?.careers ?? [], loading: true, failed: false }
}
