import type { ReactNode } from 'react'
import { useHydrated } from '@tanstack/react-router'

/*
 * Pages without JavaScript. Every page is prerendered HTML, so it can be read with JavaScript off or blocked, but
 * what only works through the app's code (filters, toggles, the chart) would be dead there. src/app/early-input.js
 * marks <html data-js> before the first paint whenever scripts run; styles.css uses that mark both ways:
 *
 * - `data-needs-js` on a control (or a group of them) hides it when the mark is missing: display:none, so it is
 *   gone for screen readers too;
 * - what is written for readers without JavaScript (below) is in the prerendered HTML only, is hidden by the mark,
 *   and is dropped from the page once the app has hydrated it, so the app never carries it.
 *
 * Nothing here depends on the browser while rendering, so the HTML and the first render in the browser match.
 */

/** Content for readers without JavaScript only: in the prerendered HTML, never in the running app. */
export function WithoutJavaScript({ children }: { children: ReactNode }) {
  // False on the server and while the browser hydrates the HTML; true from then on (and in a page the browser
  // renders itself, which has JavaScript by definition).
  const hydrated = useHydrated()
  if (hydrated) return null
  return <div data-no-js="">{children}</div>
}

/** Says, without JavaScript only, what on this page needs it and what the reader gets instead. */
export function NoScriptNote({ children }: { children: ReactNode }) {
  return (
    <WithoutJavaScript>
      <p className="no-js-note">{children}</p>
    </WithoutJavaScript>
  )
}
