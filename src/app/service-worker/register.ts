// The service worker (dist/sw.js, written by `npm run build`) keeps the app working offline after one visit.
// Registered once the page has loaded, so it never competes with the first paint; a new version waits until the
// reader chooses to reload. Workbox's window library loads only then, outside the entry chunk.
import { create } from 'zustand'

interface AppUpdate {
  /** Set when a new version is installed and waiting: reloads into it after `beforeReload`. */
  reload: (() => void) | null
}

export const useAppUpdate = create<AppUpdate>(() => ({ reload: null }))

export interface ServiceWorkerOptions {
  /** Runs before any reload into a new version (writes what the reader typed a moment ago). */
  beforeReload: () => void
  /** Runs once the worker is registered: work that only makes sense with one (keeping careers offline). */
  afterRegister?: () => void
}

export function registerServiceWorker(options: ServiceWorkerOptions): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  // Workbox and the update handling load once the page has, beside the app rather than in the entry.
  const start = () =>
    void import('./start')
      .then(({ startServiceWorker }) => startServiceWorker(options))
      .catch(() => undefined)
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}
