// Two quiet lines under the header: the app is offline (and what still works), and a new version is ready.
import { useHydrated } from '@tanstack/react-router'
import { useAppUpdate } from '@/app/service-worker/register'
import { messages } from '@/lib/i18n/runtime'
import { useOnline } from '@/lib/use-online'

export function AppStatus() {
  const t = messages().shell
  const online = useOnline()
  const reload = useAppUpdate((state) => state.reload)
  // Whether the pages are kept for offline use is known only in the browser, after hydration.
  const hydrated = useHydrated()
  const offlineReady =
    hydrated && typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller)
  return (
    <div className="app-status" role="status">
      {!online && <p className="app-status__line">{offlineReady ? t.offlineReady : t.offlineNotReady}</p>}
      {reload && (
        <p className="app-status__line">
          {t.updateReady}{' '}
          <button type="button" className="button button--secondary" onClick={reload}>
            {t.reload}
          </button>
        </p>
      )}
    </div>
  )
}
