import { useState } from 'react'
import { messages } from '@/lib/i18n/runtime'

type CopyState = { status: 'idle' } | { status: 'copied' | 'manual'; url: string }

/**
 * Copies the link to the view on screen and says so; where the clipboard is blocked, shows the link to select. Both
 * follow the view: the shown link is always the current one, and "Link copied." goes once the view has changed.
 */
export function CopyLinkButton({ getUrl }: { getUrl: () => string }) {
  const [state, setState] = useState<CopyState>({ status: 'idle' })
  // Only once the button has been used: the page's HTML is rendered where there is no address to read.
  const url = state.status === 'idle' ? undefined : getUrl()
  if (state.status === 'copied' && state.url !== url) setState({ status: 'idle' })

  const copy = async () => {
    const copied = getUrl()
    try {
      await navigator.clipboard.writeText(copied)
      setState({ status: 'copied', url: copied })
    } catch {
      setState({ status: 'manual', url: copied })
    }
  }

  const t = messages().career
  return (
    <div className="copy-link">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t.copyLink}
      </button>
      <p role="status" className="copy-link__status">
        {state.status === 'copied' && state.url === url && t.linkCopied}
        {state.status === 'manual' && t.copyBlocked}
      </p>
      {state.status === 'manual' && (
        <input
          className="copy-link__url"
          aria-label={t.linkToView}
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
      )}
    </div>
  )
}
