// The one rule for where a static host finds each address, in both directions (address → file, file → address).
// Plain JavaScript with no imports, so the same file serves Node (the build in scripts/build/, the host in
// scripts/static-host.mjs) and Vite's bundles (the service worker, through ./service-worker/caches.ts).

/** The page a host answers any address with that has no file of its own, with status 404. */
export const NOT_FOUND_FILE = '404.html'

/** The folders of the languages other than English ("/hi/…"), as src/lib/i18n/locales.ts has them. */
export const LANGUAGE_FOLDERS = ['hi']

/** The not-found page for an address: its language's ("/hi/nothing" → hi/404.html), else 404.html. */
export function notFoundFile(pathname) {
  const folder = decodeURIComponent(pathname).split('/')[1]?.toLowerCase()
  return folder && LANGUAGE_FOLDERS.includes(folder) ? `${folder}/${NOT_FOUND_FILE}` : NOT_FOUND_FILE
}

/** True for an address that is a page of the app (no file extension, or .html), not a file such as robots.txt. */
export const isPagePath = (pathname) => !/\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('.html')

/**
 * The files a host tries for a page's address (as in a URL, percent-encoded), in order: "/" → index.html,
 * "/a/b" and "/a/b/" → a/b/index.html then a/b.html, "/a/b.html" → a/b.html.
 */
export function pageFiles(pathname) {
  const trimmed = decodeURIComponent(pathname).replace(/^\/+|\/+$/g, '')
  if (trimmed === '') return ['index.html']
  if (trimmed.endsWith('.html')) return [trimmed]
  return [`${trimmed}/index.html`, `${trimmed}.html`]
}

/** The file the build writes a page's address to: "/" → index.html, "/a/b" → a/b/index.html. */
export const htmlFileFor = (pathname) => pageFiles(pathname)[0]

/** The address a host serves a file at: index.html → "/", hi/index.html → "/hi/", a/b/index.html → "/a/b", anything else "/" + its name. */
export function addressFor(file) {
  if (file === 'index.html') return '/'
  // A language's home keeps its slash: hi/index.html → "/hi/".
  const folder = file.replace(/\/index\.html$/, '')
  if (LANGUAGE_FOLDERS.includes(folder)) return `/${folder}/`
  return `/${file.replace(/\/index\.html$/, '')}`
}
