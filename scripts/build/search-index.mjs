// The header search's index: static files a query fetches a few of (src/lib/content-search/index-files.ts), as the
// server build makes them (`searchIndexFiles()` in src/app/entry-server.tsx). Written before the service worker.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Replaces `dist`/search/ with the server build's index; returns the number of files and their bytes. */
export async function writeSearchIndex(dist, server) {
  rmSync(join(dist, 'search'), { recursive: true, force: true })
  const files = await server.searchIndexFiles()
  let bytes = 0
  for (const { file, body } of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true })
    writeFileSync(join(dist, file), body)
    bytes += Buffer.byteLength(body)
  }
  return { count: files.length, bytes }
}
