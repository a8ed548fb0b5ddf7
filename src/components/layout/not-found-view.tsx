import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { PageHead } from './page-head'
import { usePageReady } from '@/lib/hydration-handoff'

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
      <PageHead title={title} description="There is nothing at this address." />
      <h1>{title}</h1>
      {children ?? <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>}
      <p>
        <Link to="/">Browse all careers</Link>
      </p>
    </div>
  )
}
