import { useRef, useState } from 'react'
import { useReadingListStore } from '@/lib/reading-list/store'
import { useFocusAfterRender } from '../lib/use-focus-after-render'
import { fill, messages, plural } from '@/lib/i18n/runtime'

const savedItems = (n: number) => plural(n, messages().readingList.savedItems)

/** "Clear the list…", asking first; clearing is tracked, so it can be undone straight after. */
export function ClearList({
  total,
  track,
}: {
  total: number
  /** Runs the clearing and offers to undo it (focus then goes to Undo). */
  track: (message: string, action: () => void) => void
}) {
  const [confirming, setConfirming] = useState(false)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const clearButton = useRef<HTMLButtonElement>(null)
  const focusNext = useFocusAfterRender((target: 'cancel' | 'clear') =>
    target === 'cancel' ? cancelButton.current : clearButton.current,
  )

  function cancel() {
    setConfirming(false)
    focusNext('clear')
  }

  function clearAll() {
    const { bookmarks, replace } = useReadingListStore.getState()
    setConfirming(false)
    track(fill(messages().readingList.clear.done, { items: savedItems(Object.keys(bookmarks).length) }), () =>
      replace({}),
    )
  }

  return (
    <div className="clear-all">
      {confirming ? (
        // Escape cancels, as it would a dialog.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <div
          className="confirm"
          role="group"
          aria-labelledby="confirm-clear"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel()
          }}
        >
          <p id="confirm-clear">{fill(messages().readingList.clear.confirm, { items: savedItems(total) })}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={clearAll}>
              {messages().readingList.clear.yes}
            </button>
            <button ref={cancelButton} type="button" className="button button--secondary" onClick={cancel}>
              {messages().readingList.clear.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={clearButton}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(true)
            focusNext('cancel')
          }}
        >
          {messages().readingList.clear.button}
        </button>
      )}
    </div>
  )
}
