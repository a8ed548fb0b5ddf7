// The build's Node steps, in order, over a client build (`dist`) and its server build (`dist-ssr`, the same app for
// Node: src/app/entry-server.tsx). `vite build` runs them after both builds (./vite-plugin.mjs); to run them again
// over an existing build: `node scripts/build/index.mjs [dist]`.
//   1. pages: every address as HTML, with its head tags, inlined CSS, preloads and CSP (./render-pages.mjs)
//   2. each language's web app manifest, then the content files: each career's JSON, the catalog index and cards (./content-files.mjs)
//   3. the hosts' `_headers`: each page's CSP, and a block for every address (../static-host.mjs)
//   4. the header search's index (./search-index.mjs)
//   5. the service worker, last, so it precaches what the steps before wrote (./service-worker.mjs)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { headersFile } from '../static-host.mjs'
import { writeContentFiles } from './content-files.mjs'
import { pageAssets } from './inline-assets.mjs'
import { renderPages } from './render-pages.mjs'
import { writeSearchIndex } from './search-index.mjs'
import { writeServiceWorker } from './service-worker.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Vite's built index.html, unrendered, kept beside the server build: the pages' template. */
export const templateFile = (dist) => join(`${dist}-ssr`, 'template.html')

/** Runs every step over `dist` (an absolute path) and `<dist>-ssr`, starting from `template` (Vite's index.html). */
export async function prerender(dist, template = readFileSync(templateFile(dist), 'utf8')) {
  const label = relative(root, dist)
  const server = await import(pathToFileURL(join(`${dist}-ssr`, 'entry-server.js')).href)

  const started = performance.now()
  const assets = pageAssets(dist, server.routeSources())
  const pages = await renderPages({ dist, server, template, assets, label })
  console.log(`Prerendered ${pages.length} pages in ${Math.round(performance.now() - started)} ms.`)

  // Each language's web app manifest beside its pages (hi/manifest.webmanifest), made from the English one.
  const english = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'))
  for (const [file, body] of server.languageManifests(english)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true })
    writeFileSync(join(dist, file), body)
  }

  const content = writeContentFiles(dist, server)
  console.log(`Wrote ${content} content files under ${label}/content/.`)

  writeFileSync(join(dist, '_headers'), headersFile(pages))

  const search = await writeSearchIndex(dist, server)
  console.log(
    `Search index: ${search.count} files, ${(search.bytes / 1000).toFixed(1)} kB before compression.`,
  )

  const worker = await writeServiceWorker(dist)
  console.log(
    `Service worker: ${worker.count} files precached, ${(worker.size / 1000).toFixed(1)} kB before compression.`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await prerender(join(root, process.argv[2] ?? 'dist'))
