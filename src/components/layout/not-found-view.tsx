import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { NoIndexHead } from './head-tags'
import { usePageReady } from '@/app/hydration-handoff'

/** What a person sees at an address the app does not have. */
export function NotFoundView({
  title = 'Page not found',
  children,
}: {
  title?: string
  children?: ReactNode
}) {
  usePageReady()
  return (
    <div className="page page--narrow status-page">
      <NoIndexHead title={title} description="There is nothing at this address." />
      <h1>{title}</h1>
      {children ?? <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>}
      {/* The way on, as on the error page: a button-sized target (WCAG 2.2: at least 24 px), not a line of text. */}
      <p>
        <Link to="/" className="button button--secondary">
          Browse all careers
        </Link>
      </p>
    </div>
  )
}
