import { useState } from 'react'

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'manual'; url: string }

/** Copies the link to the view on screen and says so; where the clipboard is blocked, shows the link. */
export function CopyLinkButton({ getUrl }: { getUrl: () => string }) {
  const [state, setState] = useState<CopyState>({ status: 'idle' })

  const copy = async () => {
    const url = getUrl()
    try {
      await navigator.clipboard.writeText(url)
      setState({ status: 'copied' })
    } catch {
      setState({ status: 'manual', url })
    }
  }

  return (
    <div className="copy-link">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        Copy link to this view
      </button>
      <p role="status" className="copy-link__status">
        {state.status === 'copied' && 'Link copied.'}
        {state.status === 'manual' && 'Copying is blocked here. Select the link below and copy it.'}
      </p>
      {state.status === 'manual' && (
        <input
          className="copy-link__url"
          aria-label="Link to this view"
          readOnly
          value={state.url}
          onFocus={(event) => event.target.select()}
        />
      )}
    </div>
  )
}
