// Writes every known address of the app as an HTML file in dist/, after `vite build` (the client) and
// `vite build --ssr src/app/entry-server.tsx` (the same app for Node) have run. Each page:
// - holds the route's full markup, so it reads without JavaScript, and the router's state, so React hydrates it;
// - has its own <title>, description, canonical and share-card tags (rendered by the page, hoisted into <head>);
// - inlines the CSS it needs (the app's sheet and its route's), so the first paint needs the HTML and nothing else;
// - preloads its route's code, so hydration does not wait for a second round trip.
// The template is Vite's built index.html: the entry script and everything Vite adds stay as Vite wrote them.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { writeServiceWorker } from './service-worker.mjs'
import { NOT_FOUND_FILE, headersFile, htmlFileFor } from './static-host.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// PRERENDER_DIST names another pair of folders (e.g. a development build: dist-dev and dist-dev-ssr).
const dist = join(root, process.env.PRERENDER_DIST ?? 'dist')
const ssrDir = `${dist}-ssr`

// Vite's index.html, kept aside the first time so that running this script again starts from the same template.
const templateCopy = join(ssrDir, 'template.html')
if (!existsSync(templateCopy)) copyFileSync(join(dist, 'index.html'), templateCopy)
const template = readFileSync(templateCopy, 'utf8')
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
const entry = manifest[entryKey]
/** The entry and every chunk it imports statically, which Vite's template already loads or preloads. */
const entryImports = new Set()
;(function visit(key) {
  if (entryImports.has(key)) return
  entryImports.add(key)
  for (const imported of manifest[key]?.imports ?? []) visit(imported)
})(entryKey)

/** "/careers/$careerId/day" → the manifest key of that route file's component chunk. */
function routeChunkKey(routeId) {
  const name = routeId.replace(/^\//, '').replace(/\/$/, '/index').replaceAll('/', '.') || 'index'
  const key = `src/routes/${name}.tsx?tsr-split=component`
  return manifest[key] ? key : undefined
}

/** A chunk's own file and the files it imports statically (the entry excluded: the page loads it anyway), with CSS. */
function chunkFiles(key, seen = new Set()) {
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

const cssCache = new Map()
const readCss = (file) => {
  if (!cssCache.has(file)) cssCache.set(file, readFileSync(join(dist, file), 'utf8').trim())
  return cssCache.get(file)
}

/** Splits React's output into the hoisted head tags it emits first (title, meta, link) and the app's markup. */
function splitHoisted(html) {
  const head = []
  let rest = html
  for (;;) {
    const match = /^(<title>[\s\S]*?<\/title>|<meta\b[^>]*\/?>|<link\b[^>]*\/?>)/.exec(rest)
    if (!match) break
    head.push(match[1])
    rest = rest.slice(match[1].length)
  }
  return { head: head.join(''), body: rest }
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const unescapeAttribute = (value) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * The page's Content-Security-Policy: nothing runs or styles the page but the app's own files, plus the exact inline
 * scripts (the router's state, its scroll restoration) and styles (the inlined CSS, and the few style attributes
 * React wrote, such as a bar's width) that this page holds, by hash.
 */
function contentSecurityPolicy(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    sha256(m[1]),
  )
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]))
  const attributes = [
    ...new Set([...html.matchAll(/ style="([^"]*)"/g)].map((m) => unescapeAttribute(m[1]))),
  ].map(sha256)
  return [
    "default-src 'self'",
    ["script-src 'self'", ...new Set(scripts)].join(' '),
    [
      "style-src 'self'",
      ...new Set(styles),
      ...(attributes.length ? ["'unsafe-hashes'", ...attributes] : []),
    ].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join('; ')
}

/** Pages and their policies, for the headers file hosts read (a <meta> cannot set frame-ancestors). */
const headers = []

function writePage(path, page) {
  const { head, body } = splitHoisted(page.html)
  const route = page.routeIds.map(routeChunkKey).filter(Boolean)
  // The template already loads the entry and preloads what it imports: list each file once.
  const seen = new Set(entryImports)
  const own = route.map((key) => chunkFiles(key, seen))
  const cssFiles = [...new Set([...(entry.css ?? []), ...own.flatMap((files) => files.css)])]
  const jsFiles = [...new Set(own.flatMap((files) => files.js))]

  let html = template
  // The page's own title and description replace the template's.
  if (/<title>/.test(head)) html = html.replace(/\s*<title>[\s\S]*?<\/title>/, '')
  if (/<meta name="description"/.test(head))
    html = html.replace(/\s*<meta\s+name="description"[\s\S]*?\/?>/, '')
  // Stylesheet links become one inline <style>: no request stands between the HTML and the first paint.
  html = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, '')
  // Each inlined file is also named by a disabled link, which the browser never fetches: Vite's loader for lazy chunks
  // looks for a stylesheet link before adding one, and would otherwise download these files again.
  const inlined = cssFiles.map((file) => `<link rel="stylesheet" href="/${file}" disabled>`).join('')
  const style = `${inlined}<style>${cssFiles.map(readCss).join('\n')}</style>`
  const preloads = jsFiles.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('')
  html = html.replace('</head>', `${head}${style}${preloads}</head>`)
  const rootDiv = '<div id="root"></div>'
  if (!html.includes(rootDiv)) throw new Error(`The template has no ${rootDiv}.`)
  html = html.replace(rootDiv, `<div id="root" data-prerendered="${escapeAttribute(path)}">${body}</div>`)

  const policy = contentSecurityPolicy(html)
  html = html.replace(
    /<meta charset="UTF-8" \/>/i,
    (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  )
  if (!html.includes('http-equiv="Content-Security-Policy"'))
    throw new Error('The template has no <meta charset="UTF-8" />.')

  const name = path === server.NOT_FOUND_PATH ? NOT_FOUND_FILE : htmlFileFor(path)
  headers.push({ file: name, policy })
  const file = join(dist, name)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, html)
  return { file: name, bytes: Buffer.byteLength(html), css: cssFiles.length }
}

const started = performance.now()
const paths = server.paths()
for (const path of paths) {
  const page = await server.render(path)
  const expected = path === server.NOT_FOUND_PATH ? 404 : 200
  if (page.status !== expected)
    throw new Error(`${path} rendered with status ${page.status}, expected ${expected}.`)
  const written = writePage(path, page)
  if (paths.length <= 40)
    console.log(
      `  ${path.padEnd(40)} → ${relative(root, dist)}/${written.file} (${(written.bytes / 1000).toFixed(1)} kB)`,
    )
}
console.log(`Prerendered ${paths.length} pages in ${Math.round(performance.now() - started)} ms.`)

// The content the browser fetches one piece at a time: each career's JSON, the catalog index and its card files.
const contentFiles = server.contentFiles()
for (const [path, body] of contentFiles) {
  const file = join(dist, path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, body)
}
console.log(`Wrote ${contentFiles.length} content files under ${relative(root, dist)}/content/.`)

// The hosts' headers file: each page's policy, and a block for every address (scripts/static-host.mjs).
writeFileSync(join(dist, '_headers'), headersFile(headers))

// The header search's index: static files a query fetches a few of (src/lib/content-search/index-files.ts), written
// before the service worker so that it precaches them.
{
  rmSync(join(dist, 'search'), { recursive: true, force: true })
  const files = await server.searchIndexFiles()
  let bytes = 0
  for (const { file, body } of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true })
    writeFileSync(join(dist, file), body)
    bytes += Buffer.byteLength(body)
  }
  console.log(`Search index: ${files.length} files, ${(bytes / 1000).toFixed(1)} kB before compression.`)
}

const worker = await writeServiceWorker(dist)
console.log(
  `Service worker: ${worker.count} files precached, ${(worker.size / 1000).toFixed(1)} kB before compression.`,
)
