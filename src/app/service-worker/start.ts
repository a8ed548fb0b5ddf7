// The service worker's registration and its updates, loaded once the page has (./register.ts): Workbox's window
// library and what happens when a new version is waiting. Not in the entry chunk.
import { useAppUpdate, type ServiceWorkerOptions } from './register'

const HOUR = 60 * 60 * 1000

export async function startServiceWorker({
  beforeReload,
  afterRegister,
}: ServiceWorkerOptions): Promise<void> {
  try {
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
  } catch {
    // No worker (blocked, a private window): the app works online as before.
  }
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
