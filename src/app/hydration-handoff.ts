// A prerendered page is hydrated at the address it was rendered for (no search params, no hash), so React finds
// exactly the markup it would render. The address the reader asked for waits here until the page has hydrated.
import { useEffect } from 'react'
import { useRouter } from '@tanstack/react-router'

let pending: string | undefined
/** The hand-off in progress: run once, however often pages (or StrictMode) call `usePageReady`. */
let handoff: Promise<unknown> | undefined

export function deferAddressUntilHydrated(href: string): void {
  pending = href
}

/**
 * Marks the document once the app runs the page (`<html data-ready>`): from then on every control works. The marks
 * the inline head scripts set before the first paint go (src/app/view-pending.js, src/app/early-input.js), and taps
 * held since then are replayed ("app:ready").
 */
export function markAppReady(): void {
  const root = document.documentElement
  if (root.hasAttribute('data-ready')) return
  root.removeAttribute('data-view-pending')
  root.removeAttribute('data-view-failed')
  root.setAttribute('data-ready', '')
  document.dispatchEvent(new Event('app:ready'))
}

/**
 * Called by each page: its effect runs once the page's own content has hydrated (React hydrates the shell first and
 * each Suspense boundary after it), then shows the view the address asks for (`?topics=…`, `?step=7`, `#item`).
 * Earlier, from the shell, the change would reach content still being hydrated.
 */
export function usePageReady(): void {
  const router = useRouter()
  useEffect(() => {
    if (!handoff) {
      const href = pending
      pending = undefined
      handoff = href ? router.navigate({ href, replace: true, resetScroll: false }) : Promise.resolve()
    }
    void handoff.then(markAppReady, markAppReady)
  }, [router])
}
