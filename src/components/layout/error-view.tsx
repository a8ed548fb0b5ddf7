import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'

/** Shown instead of a blank page when something fails while loading or drawing a page. */
export function ErrorView({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const detail = error instanceof Error ? error.message : String(error)

  async function retry() {
    reset()
    await router.invalidate()
  }

  return (
    <div className="page page--narrow status-page" role="alert">
      <title>Something went wrong · Career Explorer</title>
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Try again, or go back to the list of careers.</p>
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
