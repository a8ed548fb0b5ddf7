// Keeps the careers on the reading list readable offline: each one's three pages and its content file sit in a cache
// of their own (not the service worker's, which expires what it keeps), added when a career's first item is saved
// and dropped when its last one goes. Loaded with the service worker's registration, after the page has loaded, and
// only where Cache Storage exists. It downloads only what is missing: a phone on a metered plan pays once per career.
import { careerContentPath } from '@/content/registry'
import { localizePath, splitLocale } from '@/lib/i18n/locales'
import { currentLocale } from '@/lib/i18n/runtime'
import { CACHE_SAVED_CAREERS } from './service-worker/caches'

/** What a career needs offline: its three pages, in the language the reader reads them in, and its content file. */
export const careerOfflineFiles = (id: string) => [
  ...[`/careers/${id}`, `/careers/${id}/salaries`, `/careers/${id}/day`].map((path) =>
    localizePath(path, currentLocale()),
  ),
  careerContentPath(id),
]

/** Where the cache notes which version of the app its pages belong to. */
const VERSION_KEY = '/offline-careers-version'

/** The career each kept file belongs to, read back from its address. */
const careerOfFile = (path: string) =>
  /^\/careers\/([^/]+)/.exec(splitLocale(path).path)?.[1] ??
  /^\/content\/careers\/([^/]+)\.json$/.exec(path)?.[1]

/**
 * Brings the cache in line with `ids`: fetches the files of careers newly on the list, deletes those of careers no
 * longer on it. A file that cannot be fetched now (offline) is tried again on the next change or visit. Pages kept by
 * another version of the app (`version`: the running build's entry script) name scripts that version had, so they are
 * all fetched again.
 */
export async function keepCareersOffline(
  ids: ReadonlySet<string>,
  version: string,
  cacheStorage: CacheStorage = caches,
) {
  const cache = await cacheStorage.open(CACHE_SAVED_CAREERS)
  const keptVersion = await (await cache.match(VERSION_KEY))?.text()
  const kept = new Set(
    (await cache.keys())
      .map((request) => new URL(request.url).pathname)
      .filter((path) => path !== VERSION_KEY),
  )
  await Promise.all(
    [...kept].map((path) => {
      const id = careerOfFile(path)
      if (id && ids.has(id) && keptVersion === version) return undefined
      kept.delete(path)
      return cache.delete(path)
    }),
  )
  if (keptVersion !== version) await cache.put(VERSION_KEY, new Response(version))
  const missing = [...ids].flatMap(careerOfflineFiles).filter((path) => !kept.has(path))
  await Promise.all(
    missing.map(async (path) => {
      try {
        const response = await fetch(path, { credentials: 'same-origin' })
        if (response.ok) await cache.put(path, response)
      } catch {
        // Offline or the host is down: the next change or visit tries again.
      }
    }),
  )
}

/** Runs `keepCareersOffline` now and whenever the set of careers on the list changes, one run at a time. */
export function keepSavedCareersOffline(
  savedCareerIds: () => ReadonlySet<string>,
  subscribe: (onChange: () => void) => () => void,
): () => void {
  if (typeof caches === 'undefined') return () => {}
  // The build this page runs, named by its entry script's hashed file.
  const version = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? ''
  let last = ''
  let running = Promise.resolve()
  const sync = () => {
    const ids = savedCareerIds()
    const key = [...ids].sort().join(',')
    if (key === last) return
    last = key
    running = running.then(() => keepCareersOffline(ids, version)).catch(() => undefined)
  }
  sync()
  // Back online: fetch what could not be fetched before.
  const retry = () => {
    last = ''
    sync()
  }
  window.addEventListener('online', retry)
  const unsubscribe = subscribe(sync)
  return () => {
    window.removeEventListener('online', retry)
    unsubscribe()
  }
}
