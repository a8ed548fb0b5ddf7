// How a static host serves a prerendered build, in one place:
// - which file answers an address: the rule is src/app/static-paths.mjs (plain JavaScript, so the service worker
//   bundles the same file), re-exported here; `resolveFile` applies it to a folder;
// - the `_headers` file that hosts such as Netlify and Cloudflare Pages read (`headersFile`);
// - `serveStatic(folder)`, the one Node server for a build: `npm run preview` (vite.config.ts), the update e2e test and
//   the benchmarks. A page's address gets its index.html (or a/b.html), an address with no page gets its language's 404.html with
//   status 404, and anything with a file extension is an asset, served as it is or not at all.
import { readFileSync, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { NOT_FOUND_FILE, addressFor, isPagePath, notFoundFile, pageFiles } from '../src/app/static-paths.mjs'

export {
  LANGUAGE_FOLDERS,
  NOT_FOUND_FILE,
  addressFor,
  htmlFileFor,
  isPagePath,
  notFoundFile,
  pageFiles,
} from '../src/app/static-paths.mjs'

/** The Content-Type of each kind of file a build holds. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
}
export const contentType = (file) => CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'

/** `name` inside `folder` when it is a file there; never a file outside it ("/..%2Fsecret"). */
function fileIn(folder, name) {
  const root = resolve(folder)
  const file = join(root, name)
  if (!file.startsWith(root + sep)) return undefined
  try {
    return statSync(file).isFile() ? file : undefined
  } catch {
    return undefined
  }
}

/**
 * The file that answers `pathname` (as in a URL, percent-encoded) in `folder`, with its status: a page's file; for
 * an address with no page, 404.html with status 404; for an asset, its file. Undefined for a missing asset (or a
 * missing page in a folder with no 404.html). Throws URIError on a malformed escape.
 */
export function resolveFile(folder, pathname) {
  if (!isPagePath(pathname)) {
    const file = fileIn(folder, decodeURIComponent(pathname))
    return file ? { file, status: 200 } : undefined
  }
  const page = pageFiles(pathname)
    .map((name) => fileIn(folder, name))
    .find(Boolean)
  if (page) return { file: page, status: 200 }
  // The address's language's not-found page ("/hi/…" → hi/404.html), else the site's.
  const notFound = fileIn(folder, notFoundFile(pathname)) ?? fileIn(folder, NOT_FOUND_FILE)
  return notFound ? { file: notFound, status: 404 } : undefined
}

/**
 * A Node request handler (or Connect middleware: with `next`, what it has no file for goes on) serving `folder` as a
 * static host does. Options: `gzip` sends every file gzip-compressed, as hosts do (the benchmarks); `cacheControl`;
 * `page(pathname)` answers page addresses instead of the folder's own pages (the paint benchmark's client-rendered
 * variants); `onSend({ file, status, bytes })` is told of every response (file undefined for a 404 without one).
 */
export function serveStatic(
  folder,
  { gzip = false, cacheControl = 'no-cache', page = undefined, onSend = undefined } = {},
) {
  const compressed = new Map()
  const body = (file) => {
    if (!gzip) return readFileSync(file)
    const { mtimeMs, size } = statSync(file)
    const key = `${file}\n${mtimeMs}\n${size}`
    if (!compressed.has(key)) compressed.set(key, gzipSync(readFileSync(file), { level: 9 }))
    return compressed.get(key)
  }
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      if (next) return next()
      response.writeHead(405, { Allow: 'GET, HEAD' })
      return response.end()
    }
    let found
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://host')
      found = page && isPagePath(pathname) ? page(pathname) : resolveFile(folder, pathname)
    } catch {
      response.writeHead(400)
      return response.end()
    }
    if (!found) {
      if (next) return next()
      onSend?.({ file: undefined, status: 404, bytes: 0 })
      response.writeHead(404, { 'Cache-Control': cacheControl })
      return response.end()
    }
    const content = body(found.file)
    response.writeHead(found.status, {
      'Content-Type': contentType(found.file),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': content.length,
      'Cache-Control': cacheControl,
    })
    onSend?.({ file: found.file, status: found.status, bytes: content.length })
    response.end(request.method === 'HEAD' ? undefined : content)
  }
}

/**
 * The `_headers` file (Netlify / Cloudflare Pages format) for a build's pages, each given as the file it was written
 * to and its Content-Security-Policy (the same as its <meta>, plus what only a header can say: frame-ancestors).
 * The `/*` block covers every address, a page the build wrote or not (an unknown one is answered with 404.html): what
 * no page may lack. A host adds it to a path's own block, so each header is named once.
 */
export function headersFile(pages) {
  const blocks = [
    "/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin",
    ...pages.map(
      ({ file, policy }) =>
        `${addressFor(file)}\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    ),
    '/sw.js\n  Cache-Control: no-cache',
    '/content/*\n  Cache-Control: no-cache',
    '/search/*\n  Cache-Control: no-cache',
    '/assets/*\n  Cache-Control: public, max-age=31536000, immutable',
  ]
  return `${blocks.join('\n')}\n`
}
