// A fetch that answers the header search's index files as the build writes them, for tests that run the search.
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

let siteFiles: Map<string, string> | undefined

/** `fetch` for the whole app in tests: the index files of every career in the registry, 404 for anything else. */
export const searchIndexFetch: typeof fetch = async (input) => {
  siteFiles ??= inMemorySearchIndex().files
  const url = input instanceof Request ? input.url : String(input)
  const body = siteFiles.get(new URL(url, 'http://localhost').pathname.slice(1))
  return body === undefined
    ? new Response('Not found', { status: 404 })
    : new Response(body, { headers: { 'Content-Type': 'application/json' } })
}
