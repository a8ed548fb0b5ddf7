import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { NoIndexHead } from './head-tags'
import { usePageReady } from '@/app/hydration-handoff'
import { messages } from '@/lib/i18n/runtime'

/** What a person sees at an address the app does not have. */
export function NotFoundView({
  title,
  children,
}: {
  /** The heading; "Page not found" unless given. */
  title?: string
  children?: ReactNode
}) {
  usePageReady()
  const t = messages().shell
  const heading = title ?? t.notFoundTitle
  return (
    <div className="page page--narrow status-page">
      <NoIndexHead title={heading} description={t.notFoundDescription} />
      <h1>{heading}</h1>
      {children ?? <p>{t.notFoundText}</p>}
      {/* The way on, as on the error page: a button-sized target (WCAG 2.2: at least 24 px), not a line of text. */}
      <p>
        <Link to="/" className="button button--secondary">
          {t.browseAllCareers}
        </Link>
      </p>
    </div>
  )
}
