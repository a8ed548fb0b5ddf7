// The service worker (dist/sw.js, written by `npm run build`) keeps every page working offline after one visit.
// Registered once the page has loaded, so it never competes with the first paint; a new version waits until the
// reader chooses to reload. Workbox's window library loads only then, outside the entry chunk.
import { create } from 'zustand'

interface AppUpdate {
  /** Set when a new version is installed and waiting: reloads into it after `beforeReload`. */
  reload: (() => void) | null
}

export const useAppUpdate = create<AppUpdate>(() => ({ reload: null }))

const HOUR = 60 * 60 * 1000

export function registerServiceWorker({ beforeReload }: { beforeReload: () => void }): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  const start = async () => {
    const { Workbox } = await import('workbox-window')
    const workbox = new Workbox('/sw.js')
    workbox.addEventListener('waiting', () => {
      useAppUpdate.setState({
        reload: () => {
          beforeReload()
          // Reload once the new version controls the page (not before: the old one would serve the old files).
          navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
            once: true,
          })
          workbox.messageSkipWaiting()
        },
      })
    })
    await workbox.register()
    // A page left open for days still hears of new versions: look when it comes back into view, and hourly.
    const check = () => void workbox.update().catch(() => undefined)
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check())
    window.setInterval(check, HOUR)
  }
  const startQuietly = () => void start().catch(() => undefined)
  if (document.readyState === 'complete') startQuietly()
  else window.addEventListener('load', startQuietly, { once: true })
}
