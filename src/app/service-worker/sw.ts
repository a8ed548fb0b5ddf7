// The service worker (dist/sw.js, bundled and given its precache list by scripts/build/service-worker.mjs).
//
// What it downloads does not grow with the number of careers:
// - Precached at install: the app shell only, in each language — the scripts and styles every page starts from,
//   404.html (in which the app renders any address), the catalog and reading-list pages, the icons and the manifests.
// - Pages (navigations): network first, so a reader online always gets the current page; a copy of each page read
//   is kept for offline use (the newest 60, for 30 days). A page with neither network nor copy gets 404.html, in
//   which the app renders the address and says, in its own words, what needs the network.
// - The Devanagari font, where a device needs it: cache first, kept once fetched.
// - Career content and the search index (/content/, /search/): answered from the copy when there is one and
//   refreshed behind it (stale-while-revalidate), copies kept for 30 days.
// - The careers on the reading list are kept by the page itself (src/app/offline-careers.ts) in a cache of their
//   own, which nothing here expires: what a reader saved is there on the train.
// Real files (robots.txt, an image) are never answered with a page. A new version waits until the reader chooses
// Reload (the page posts SKIP_WAITING), then takes over every open tab.
import { clientsClaim, type WorkboxPlugin } from 'workbox-core'
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { ExpirationPlugin } from 'workbox-expiration'
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching'
import { registerRoute, setCatchHandler } from 'workbox-routing'
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies'
import { CACHE_CONTENT, CACHE_FONTS, CACHE_PAGES, isPagePath, notFoundFile, pageCacheKey } from './caches'

interface WorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[]
  location: Location
  skipWaiting(): Promise<void>
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void
}
declare const self: WorkerScope

const DAY = 24 * 60 * 60

cleanupOutdatedCaches()
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' })

/** A page is one page whatever its view: "/careers/x?topics=testing" is kept as "/careers/x". */
const onePerPage: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url),
}

registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' && url.origin === self.location.origin && isPagePath(url.pathname),
  new NetworkFirst({
    cacheName: CACHE_PAGES,
    // On a connection that answers nothing (a train between stations), a kept copy after a while beats a blank page.
    networkTimeoutSeconds: 8,
    plugins: [
      onePerPage,
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
    ],
  }),
)

registerRoute(
  ({ url }) =>
    url.origin === self.location.origin &&
    (url.pathname.startsWith('/content/') || url.pathname.startsWith('/search/')),
  new StaleWhileRevalidate({
    cacheName: CACHE_CONTENT,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
    ],
  }),
)

// The Devanagari font, fetched only by a device without one of its own (src/tokens.css): kept once fetched, so the
// Hindi pages read offline as they did online. Its name carries its hash, so a copy is never stale.
registerRoute(
  ({ url }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith('/assets/') &&
    url.pathname.endsWith('.woff2'),
  new CacheFirst({
    cacheName: CACHE_FONTS,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 8, maxAgeSeconds: 365 * DAY, purgeOnQuotaError: true }),
    ],
  }),
)

// No network and no copy in the route's own cache: a page or content kept elsewhere (the reading list's careers), else
// for a page, its language's 404.html, where the app renders the address itself. Anything else fails as it would without a worker.
setCatchHandler(async ({ request, url }) => {
  if (request.mode === 'navigate' && isPagePath(url.pathname)) {
    const kept = await caches.match(pageCacheKey(url.href))
    return kept ?? (await matchPrecache(`/${notFoundFile(url.pathname)}`)) ?? Response.error()
  }
  const kept = await caches.match(request)
  return kept ?? Response.error()
})

self.addEventListener('message', (event) => {
  const data = event.data
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING')
    void self.skipWaiting()
})
clientsClaim()
