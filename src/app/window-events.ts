import { fill, formatDate, messages } from '@/lib/i18n/runtime'
import { markRouterReloadTried } from './router-reload-key'

// Listeners on the window that no first render needs, loaded beside the app by src/app/entry-client.tsx (outside the entry chunk).

// A page's code that cannot be downloaded. Offline: TanStack Router's lazy routes would reload the document once (its
// cure for a new deployment), and offline that replaces the app with the browser's error page. Marking the failure as
// already retried (the router's own sessionStorage key: router-reload-key.ts) lets the app's error view with
// "Try again" show instead. Online, a missing script reloads the page (the router does it), which is right after a
// deployment; a missing stylesheet of the old version does the same here, once per file, instead of an error view.
window.addEventListener('vite:preloadError', (event) => {
  const message = event.payload instanceof Error ? event.payload.message : String(event.payload)
  try {
    if (!navigator.onLine) {
      markRouterReloadTried(message)
      return
    }
    if (!message.startsWith('Unable to preload CSS')) return
    const key = `career-explorer:reloaded-for:${message}`
    if (window.sessionStorage.getItem(key)) return
    window.sessionStorage.setItem(key, '1')
  } catch {
    // No sessionStorage: nothing can tell a second failure from the first, so no reload either.
    return
  }
  event.preventDefault()
  window.location.reload()
})

// A printed page says where and when it was printed; the date is the reader's, at the moment of printing.
window.addEventListener('beforeprint', () => {
  const stamp = document.getElementById('print-stamp')
  if (stamp)
    stamp.textContent = fill(messages().shell.printStamp, {
      address: location.href,
      date: formatDate(new Date(), { dateStyle: 'long' }),
    })
})
