// Two quiet lines under the header: the app is offline (and what still works), and a new version is ready.
import { useHydrated } from '@tanstack/react-router'
import { useAppUpdate } from '@/app/service-worker/register'
import { useOnline } from '@/lib/use-online'

export function AppStatus() {
  const online = useOnline()
  const reload = useAppUpdate((state) => state.reload)
  // Whether the pages are kept for offline use is known only in the browser, after hydration.
  const hydrated = useHydrated()
  const offlineReady =
    hydrated && typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller)
  return (
    <div className="app-status" role="status">
      {!online && (
        <p className="app-status__line">
          {offlineReady
            ? 'You are offline. Pages you have opened and the careers on your reading list still work, and what you save is kept.'
            : 'You are offline. Pages you have not opened yet may not load until you are back online.'}
        </p>
      )}
      {reload && (
        <p className="app-status__line">
          A new version is ready.{' '}
          <button type="button" className="button button--secondary" onClick={reload}>
            Reload
          </button>
        </p>
      )}
    </div>
  )
}
