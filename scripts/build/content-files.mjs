// The content the browser fetches one piece at a time: each career's JSON, the catalog index and its card files, as
// the server build lists them (`contentFiles()` in src/app/entry-server.tsx).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Writes the server build's content files into `dist`; returns how many. */
export function writeContentFiles(dist, server) {
  const files = server.contentFiles()
  for (const [path, body] of files) {
    const file = join(dist, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, body)
  }
  return files.length
}
