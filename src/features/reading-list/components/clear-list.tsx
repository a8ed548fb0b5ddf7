import { useRef, useState } from 'react'
import { plural } from '@/lib/plural'
import { useReadingListStore } from '@/lib/reading-list/store'
import { useFocusAfterRender } from '../lib/use-focus-after-render'

const savedItems = (n: number) => plural(n, 'saved item')

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
    track(`Cleared ${savedItems(Object.keys(bookmarks).length)}.`, () => replace({}))
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
          <p id="confirm-clear">Remove all {savedItems(total)}? You can undo this straight after.</p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={clearAll}>
              Yes, clear the list
            </button>
            <button ref={cancelButton} type="button" className="button button--secondary" onClick={cancel}>
              Cancel
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
          Clear the list…
        </button>
      )}
    </div>
  )
}
