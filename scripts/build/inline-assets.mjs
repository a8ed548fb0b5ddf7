// What each page inlines and preloads, from Vite's manifest (dist/.vite/manifest.json):
// - the CSS it needs (the app's sheet and its routes'), inlined, so the first paint needs the HTML and nothing else;
// - its language's messages and its routes' code, preloaded, so hydration does not wait for a second round trip.
// Which chunk is a route's comes from the manifest and the route files the server build reports (`routeSources()`
// in src/app/entry-server.tsx): a route whose component loads lazily and has no chunk fails the build, naming it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The manifest's split-chunk query of TanStack Router's code splitting: "?tsr-split=component" (or grouped). */
const splitParts = (key) => new URLSearchParams(key.split('?')[1] ?? '').get('tsr-split')?.split('---') ?? []

/**
 * Route id → the manifest key of its component's chunk, for every route whose component loads lazily. `routes` is
 * what the server build reports: `{ id, file, lazyComponent }` per route file. Throws when a lazily loaded route has
 * no chunk (a moved route file, a plugin that names its chunks differently): its pages would ship without their CSS
 * and preloads.
 */
export function routeChunks(manifest, routes) {
  const chunks = new Map()
  for (const route of routes) {
    if (!route.lazyComponent) continue
    const keys = Object.keys(manifest).filter((key) => {
      const source = manifest[key].src ?? key
      return source.split('?')[0] === route.file && splitParts(source).includes('component')
    })
    if (keys.length !== 1)
      throw new Error(
        `Route ${route.id} (${route.file}) loads its component lazily, but the Vite manifest has ${keys.length === 0 ? 'no chunk' : `${keys.length} chunks`} for it: its pages would lose their inlined CSS and preloads.`,
      )
    chunks.set(route.id, keys[0])
  }
  return chunks
}

/**
 * For a build in `dist` and the server build's routes: `forPage(routeIds)` gives the CSS files a page inlines (the
 * entry's and its routes'), their text, and the JavaScript files it preloads (its routes' chunks and what they import,
 * each once, minus the entry and its static imports, which Vite's template already loads).
 */
export function pageAssets(dist, routes) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
  const chunks = routeChunks(manifest, routes)
  const known = new Set(routes.map((route) => route.id))

  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
  const entry = manifest[entryKey]
  /** The entry and every chunk it imports statically. */
  const entryImports = new Set()
  ;(function visit(key) {
    if (entryImports.has(key)) return
    entryImports.add(key)
    for (const imported of manifest[key]?.imports ?? []) visit(imported)
  })(entryKey)

  /** A chunk's own file and the files it imports statically (those in `seen` excluded), with their CSS. */
  function chunkFiles(key, seen) {
    const files = { js: [], css: [] }
    const visit = (k) => {
      if (seen.has(k)) return
      seen.add(k)
      const chunk = manifest[k]
      if (!chunk) return
      files.js.push(chunk.file)
      files.css.push(...(chunk.css ?? []))
      for (const imported of chunk.imports ?? []) visit(imported)
    }
    visit(key)
    return files
  }

  const cssText = new Map()
  const readCss = (file) => {
    if (!cssText.has(file)) cssText.set(file, readFileSync(join(dist, file), 'utf8').trim())
    return cssText.get(file)
  }

  return {
    /** `locale`: the page's language, whose messages chunk (src/messages/<locale>/index.ts) it preloads first. */
    forPage(routeIds, locale) {
      const unknown = routeIds.filter((id) => !known.has(id))
      if (unknown.length > 0)
        throw new Error(`Rendered routes with no route file in the server build: ${unknown.join(', ')}.`)
      const seen = new Set(entryImports)
      const messagesKey = `src/messages/${locale}/index.ts`
      if (!manifest[messagesKey])
        throw new Error(
          `The Vite manifest has no chunk for ${messagesKey}: the ${locale} pages could not preload their messages.`,
        )
      const messages = chunkFiles(messagesKey, seen)
      const own = routeIds.filter((id) => chunks.has(id)).map((id) => chunkFiles(chunks.get(id), seen))
      const cssFiles = [...new Set([...(entry.css ?? []), ...own.flatMap((files) => files.css)])]
      const jsFiles = [...new Set([...messages.js, ...own.flatMap((files) => files.js)])]
      return { cssFiles, css: cssFiles.map(readCss).join('\n'), jsFiles }
    },
  }
}
