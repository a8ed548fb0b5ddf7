// The header search's index files as the build writes them, for tests of the search (and ./site-fetch.ts).
import { allCareers } from '@/content/all-careers'
import type { Career } from '@/content/schema'
import { buildSearchIndex } from '@/lib/content-search/search-index'

/** The index files by path ("search/words/fl.json"), and a loader for createSiteSearch that notes what it read. */
export function inMemorySearchIndex(careers: readonly Career[] = allCareers, splitBytes?: number) {
  const files = new Map(
    buildSearchIndex(careers, splitBytes ? { splitBytes } : {}).map(({ file, body }) => [file, body]),
  )
  const requested: string[] = []
  const load = async (file: string): Promise<unknown> => {
    requested.push(file)
    const body = files.get(file)
    if (body === undefined) throw new Error(`${file}: 404`)
    return JSON.parse(body) as unknown
  }
  return { files, requested, load }
}
