import { useEffect, useRef } from 'react'
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { NoIndexHead } from './head-tags'
import { usePageReady } from '@/app/hydration-handoff'
import { focusPageHeading } from '@/lib/focus-target'
import { messages } from '@/lib/i18n/runtime'
import { useOnline } from '@/lib/use-online'

/**
 * Shown instead of a blank page when something fails while loading or drawing a page (a dropped connection while a
 * page's code downloads, say). It renders inside the app shell, so the header, search and navigation stay.
 */
export function ErrorView({ error, reset }: ErrorComponentProps) {
  const t = messages().shell
  const router = useRouter()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const detail = error instanceof Error ? error.message : String(error)
  // Offline, the likely cause is a page that was never opened here (nor saved): say so in plain words.
  const offline = !useOnline()

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  usePageReady()

  async function retry() {
    reset()
    await router.invalidate()
    // The address has not changed, so no navigation moves focus: put it on the page that came back.
    focusPageHeading()
  }

  return (
    <div className="page page--narrow status-page">
      <NoIndexHead title={t.errorTitle} description={t.errorDescription} />
      <h1 ref={headingRef} tabIndex={-1}>
        {t.errorTitle}
      </h1>
      <p role="alert">{offline ? t.errorOffline : t.errorOnline}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void retry()}>
          {t.tryAgain}
        </button>
        <Link to="/" className="button button--secondary" reloadDocument>
          {t.browseAllCareers}
        </Link>
      </div>
      <details className="error-detail">
        <summary>{t.technicalDetails}</summary>
        <pre>{detail}</pre>
      </details>
    </div>
  )
}
