// A prerendered page is hydrated at the address it was rendered for (no search params, no hash), so React finds
// exactly the markup it would render. The address the reader asked for waits here until the page has hydrated.
import { useEffect } from 'react'
import { useRouter } from '@tanstack/react-router'

let pending: string | undefined

export function deferAddressUntilHydrated(href: string): void {
  pending = href
}

/** Marks the document once the app runs the page (`<html data-ready>`): from then on every control works. */
const markReady = () => document.documentElement.setAttribute('data-ready', '')

/**
 * Called by each page: its effect runs once the page's own content has hydrated (React hydrates the shell first and
 * each Suspense boundary after it), then shows the view the address asks for (`?topics=…`, `?step=7`, `#item`).
 * Earlier, from the shell, the change would reach content still being hydrated.
 */
export function usePageReady(): void {
  const router = useRouter()
  useEffect(() => {
    const href = pending
    pending = undefined
    if (!href) return markReady()
    router.navigate({ href, replace: true, resetScroll: false }).then(markReady, markReady)
  }, [router])
}
