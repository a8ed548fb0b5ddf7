import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'

/** What a person sees at an address the app does not have. */
export function NotFoundView({
  title = 'Page not found',
  children,
}: {
  title?: string
  children?: ReactNode
}) {
  return (
    <div className="page page--narrow status-page">
      <title>{`${title} · Career Explorer`}</title>
      <h1>{title}</h1>
      {children ?? <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>}
      <p>
        <Link to="/">Browse all careers</Link>
      </p>
    </div>
  )
}
