import type { ReactNode } from 'react'
import { messages } from '@/lib/i18n/runtime'

/**
 * The part of a page that a link's view parameters change (?topics=…, ?step=…, ?place=…). The prerendered HTML
 * holds the plain view; while a shared link's view is still being applied (`<html data-view-pending>`, set before
 * the first paint by src/app/view-pending.js) this part is hidden, keeping its space, and a line in its place says
 * what is happening. If the app's code cannot load (`data-view-failed`), the plain view shows under a line saying
 * the link's view was not applied. Both lines are in the HTML and shown only by those marks (styles.css).
 */
export function ViewResult({ children }: { children: ReactNode }) {
  const t = messages().shell
  return (
    <div className="view-result" data-view-result="">
      <p className="view-result__note view-result__note--pending">{t.viewPending}</p>
      <p className="view-result__note view-result__note--failed">{t.viewFailed}</p>
      {children}
    </div>
  )
}
