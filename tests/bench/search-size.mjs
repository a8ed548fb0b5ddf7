// Benchmark (prints figures; not a test): what a first header-search query downloads from a build, in gzip bytes: the
// search code (its lazy chunk, and any chunk it needs beyond the entry) and the index files the query fetches
// (search/prefixes.json, its words files, the careers of the results it shows). It runs the search code the build
// made (its copy in dist-ssr/), so the files are exactly those the browser would fetch. Target at 1,000 careers:
// ≤ 100 kB.
// Usage: npm run build && npm run bench:search-size [-- "a query" "another"]   (SEARCH_DIST=dist-dev for another build)
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { entryFiles } from '../budget/check-entry-budget.mjs'

const SEARCH_MODULE = 'src/lib/content-search/query-index.ts'
export const DEFAULT_QUERIES = ['fluent', 'python', 'django', 'talk python', 'real python', 'c++']

const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length

/** The search code's files that a page has not loaded already with its entry. */
function searchCodeFiles(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
  if (!manifest[SEARCH_MODULE]) throw new Error(`${SEARCH_MODULE} is not a chunk of ${dist}`)
  const loaded = new Set(entryFiles(manifest))
  const files = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file) || loaded.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(SEARCH_MODULE)
  return [...files]
}

/**
 * What a first query downloads from the build in `dist`: each file with its gzip size, the total, and how many
 * items matched.
 */
export async function firstQueryDownload(query, { dist = 'dist' } = {}) {
  const ssrAssets = join(`${dist}-ssr`, 'assets')
  const chunk = readdirSync(ssrAssets).find((file) => /^query-index-.*\.js$/.test(file))
  if (!chunk) throw new Error(`No search chunk in ${ssrAssets}: run the build first.`)
  const { createSiteSearch } = await import(pathToFileURL(join(ssrAssets, chunk)).href)
  const fetched = []
  const search = createSiteSearch(async (file) => {
    fetched.push(file)
    return JSON.parse(readFileSync(join(dist, file), 'utf8'))
  })
  const result = await search(query)
  const files = [...searchCodeFiles(dist), ...fetched].map((file) => ({
    file,
    gzip: gzipBytes(join(dist, file)),
  }))
  return {
    query,
    files,
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    matched: result.groups.reduce((sum, group) => sum + group.total, 0),
  }
}

async function main() {
  const dist = process.env.SEARCH_DIST ?? 'dist'
  const queries = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_QUERIES
  const careers = readdirSync(join(dist, 'search/careers')).length
  console.log(`A first header-search query on ${dist}/ (${careers} careers), gzip:`)
  for (const query of queries) {
    const { files, gzip, matched } = await firstQueryDownload(query, { dist })
    const words = files.filter((f) => f.file.startsWith('search/words/')).length
    const careerFiles = files.filter((f) => f.file.startsWith('search/careers/')).length
    const code = files.filter((f) => f.file.startsWith('assets/')).reduce((sum, f) => sum + f.gzip, 0)
    console.log(
      `  ${JSON.stringify(query).padEnd(15)} ${(gzip / 1000).toFixed(1).padStart(6)} kB in ${files.length} files` +
        ` (code ${(code / 1000).toFixed(1)} kB, ${words} words files, ${careerFiles} career files), ${matched} matches`,
    )
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
