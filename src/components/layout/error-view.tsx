import { useEffect, useRef } from 'react'
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { NoIndexHead } from './head-tags'
import { usePageReady } from '@/app/hydration-handoff'
import { focusPageHeading } from '@/lib/focus-target'
import { useOnline } from '@/lib/use-online'

/**
 * Shown instead of a blank page when something fails while loading or drawing a page (a dropped connection while a
 * page's code downloads, say). It renders inside the app shell, so the header, search and navigation stay.
 */
export function ErrorView({ error, reset }: ErrorComponentProps) {
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
      <NoIndexHead title="Something went wrong" description="This page could not be shown." />
      <h1 ref={headingRef} tabIndex={-1}>
        Something went wrong
      </h1>
      <p role="alert">
        {offline
          ? 'You are offline, and this page is not kept on this device: it needs the network. Try again once online.'
          : 'This page could not be shown. Try again, or go back to the list of careers.'}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void retry()}>
          Try again
        </button>
        <Link to="/" className="button button--secondary" reloadDocument>
          Browse all careers
        </Link>
      </div>
      <details className="error-detail">
        <summary>Technical details</summary>
        <pre>{detail}</pre>
      </details>
    </div>
  )
}
