// The entry-bundle budget: the JavaScript a first visit must download before anything renders (the entry chunk and
// every chunk it imports statically), gzip-compressed. Deterministic: it measures bytes, not time.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

export const ENTRY_BUDGET_KB = 110
/** Each language's messages (src/messages/<language>/): a chunk of their own, preloaded beside the entry. */
export const MESSAGES_BUDGET_KB = 15

/** The files a manifest's entry loads before it runs: its own file plus its static imports, recursively. */
export function entryFiles(manifest) {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry)
  if (entries.length !== 1)
    throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`)
  const files = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(entries[0][0])
  return [...files]
}

function main() {
  const dist = new URL('../../dist/', import.meta.url)
  let manifest
  try {
    manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'))
  } catch {
    console.error('No build manifest at dist/.vite/manifest.json: run `npm run build` first.')
    process.exit(1)
  }
  const rows = entryFiles(manifest).map((file) => {
    const bytes = readFileSync(new URL(file, dist))
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  })
  const kb = (n) => (n / 1000).toFixed(1)
  for (const row of rows) console.log(`  ${row.file}  ${kb(row.raw)} kB raw, ${kb(row.gzip)} kB gzip`)
  const total = rows.reduce((sum, row) => sum + row.gzip, 0)
  const verdict = total <= ENTRY_BUDGET_KB * 1000 ? 'within' : 'OVER'
  console.log(`Entry JavaScript: ${kb(total)} kB gzip, ${verdict} the ${ENTRY_BUDGET_KB} kB budget.`)
  // The interface language's messages load beside the entry, before the first render (the page preloads them): each
  // language's chunk, and the total a page in that language starts from.
  const languages = Object.keys(manifest)
    .map((key) => /^src\/messages\/([a-z]{2,3})\/index\.ts$/.exec(key))
    .filter(Boolean)
  if (languages.length === 0) {
    console.error('No language messages chunk (src/messages/<language>/index.ts) in the manifest.')
    process.exit(1)
  }
  let over = verdict === 'OVER'
  for (const [key, language] of languages) {
    const bytes = readFileSync(new URL(manifest[key].file, dist))
    const gzip = gzipSync(bytes, { level: 9 }).length
    const fits = gzip <= MESSAGES_BUDGET_KB * 1000
    over ||= !fits
    console.log(
      `Messages (${language}): ${manifest[key].file} ${kb(bytes.length)} kB raw, ${kb(gzip)} kB gzip, ${fits ? 'within' : 'OVER'} the ${MESSAGES_BUDGET_KB} kB budget; with the entry: ${kb(total + gzip)} kB gzip.`,
    )
  }
  if (over) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
