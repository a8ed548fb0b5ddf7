// The service worker (dist/sw.js, written by `npm run build`) keeps the app working offline after one visit.
// Registered once the page has loaded, so it never competes with the first paint; a new version waits until the
// reader chooses to reload. Workbox's window library loads only then, outside the entry chunk.
import { create } from 'zustand'

interface AppUpdate {
  /** Set when a new version is installed and waiting: reloads into it after `beforeReload`. */
  reload: (() => void) | null
}

export const useAppUpdate = create<AppUpdate>(() => ({ reload: null }))

const HOUR = 60 * 60 * 1000

export interface ServiceWorkerOptions {
  /** Runs before any reload into a new version (writes what the reader typed a moment ago). */
  beforeReload: () => void
  /** Runs once the worker is registered: work that only makes sense with one (keeping careers offline). */
  afterRegister?: () => void
}

export function registerServiceWorker({ beforeReload, afterRegister }: ServiceWorkerOptions): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  const start = async () => {
    const { Workbox } = await import('workbox-window')
    const workbox = new Workbox('/sw.js')
    workbox.addEventListener('waiting', () => {
      useAppUpdate.setState({
        reload: () => {
          beforeReload()
          void reloadIntoNewVersion(() => workbox.messageSkipWaiting())
        },
      })
    })
    await workbox.register()
    afterRegister?.()
    // A page left open for days still hears of new versions: look when it comes back into view, and hourly.
    const check = () => void workbox.update().catch(() => undefined)
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check())
    window.setInterval(check, HOUR)
  }
  const startQuietly = () => void start().catch(() => undefined)
  if (document.readyState === 'complete') startQuietly()
  else window.addEventListener('load', startQuietly, { once: true })
}

/**
 * Reloads this tab into the new version. If a worker is still waiting, it is asked to take over first and the tab
 * reloads once it has (not before: the old worker would serve the old files). If another tab already let it take
 * over, nothing is waiting any more, and this tab simply reloads.
 */
async function reloadIntoNewVersion(activateWaiting: () => void): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration()
  if (!registration?.waiting) {
    window.location.reload()
    return
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
  activateWaiting()
}
