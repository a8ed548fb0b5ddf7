// Names and keys shared by the service worker (./sw.ts) and the page (src/app/offline-careers.ts).

/** Pages read, kept for offline use (network first). */
export const CACHE_PAGES = 'pages'
/** Career content and search files, answered from the copy and refreshed behind it. */
export const CACHE_CONTENT = 'content'
/** The Devanagari font, for devices without one. */
export const CACHE_FONTS = 'fonts'
/** The pages and content of the careers on the reading list: kept while they are on it. */
export const CACHE_SAVED_CAREERS = 'saved-careers'

// Which addresses are pages: the static host's own rule (the build and the preview server use the same file).
export { isPagePath, notFoundFile } from '../static-paths.mjs'

/** The one key a page is kept under: its address without search params or hash. */
export function pageCacheKey(href: string): string {
  const url = new URL(href)
  return url.origin + url.pathname
}
