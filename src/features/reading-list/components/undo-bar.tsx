import type { Ref } from 'react'
import type { UndoStack } from '../lib/use-undo'
import { messages, plural } from '@/lib/i18n/runtime'

/**
 * What the last action did, said once in a live region, and the Undo button beside it. The button is outside the
 * live region: it takes focus after an action, and a button inside the region would have the message said twice.
 */
export function UndoBar({
  undo,
  onUndo,
  undoRef,
}: {
  undo: UndoStack
  onUndo: () => void
  undoRef: Ref<HTMLButtonElement>
}) {
  const { latest, count, unchanged } = undo
  const offered = !unchanged && latest
  const earlier = count - 1
  return (
    <div className={offered ? 'undo-bar-region undo-bar' : 'undo-bar-region'}>
      <p role="status">
        {unchanged ??
          (latest &&
            `${latest.message}${earlier > 0 ? ` ${plural(earlier, messages().readingList.earlier)}` : ''}`)}
      </p>
      {offered && (
        <button ref={undoRef} type="button" className="button button--secondary" onClick={onUndo}>
          {messages().readingList.undo}
        </button>
      )}
    </div>
  )
}
