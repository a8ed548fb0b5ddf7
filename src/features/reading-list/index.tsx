import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link } from '@tanstack/react-router'
import type { Career } from '@/content/schema'
import type { Bookmark } from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'
import { useReadingListHydrated } from '@/lib/reading-list/use-hydrated'
import { ListControls } from './components/list-controls'
import { ReadingListItem, readingItemId } from './components/reading-list-item'
import { ReadingProgress } from './components/reading-progress'
import { TransferPanel } from './components/transfer-panel'
import type { ReadingListSearch } from './lib/search'
import { readingListProgress, readingListRows, type ReadingListRow } from './lib/view'

interface Undoable {
  message: string
  undo: () => void
  /** The element to move focus to after undoing; the page heading when absent or gone. */
  focusId?: string
}

const plural = (n: number) => (n === 1 ? '1 saved item' : `${n} saved items`)

interface ReadingListPageProps {
  careers: readonly Career[]
  search: ReadingListSearch
  onSearchChange: (change: Partial<ReadingListSearch>) => void
}

/**
 * `/reading-list`: what the person saved, with status, note, progress, filters, undo, export and import. Until the
 * stored list has been read (always so on the server, which prerenders with an empty store) it says it is loading,
 * never that the list is empty.
 */
export function ReadingListPage(props: ReadingListPageProps) {
  const hydrated = useReadingListHydrated()
  if (hydrated) return <ReadingListContent {...props} />
  return (
    <div className="page reading-list-page" aria-busy="true">
      <title>Reading list · Career Explorer</title>
      <h1 tabIndex={-1}>Reading list</h1>
      <p className="lede">Loading your reading list…</p>
    </div>
  )
}

function ReadingListContent({ careers, search, onSearchChange }: ReadingListPageProps) {
  const bookmarks = useReadingListStore((state) => state.bookmarks)
  const rows = useMemo(() => readingListRows(bookmarks, careers, search), [bookmarks, careers, search])
  const progress = useMemo(() => readingListProgress(bookmarks), [bookmarks])

  const [undoable, setUndoable] = useState<Undoable | null>(null)
  const [confirmingClear, setConfirmingClear] = useState(false)
  // Focus moves after the render that shows (or hides) its target.
  const focusNext = useRef<'undo' | 'cancel-clear' | 'clear' | { id?: string } | null>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  const cancelClearButton = useRef<HTMLButtonElement>(null)
  const clearButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (target === 'undo') undoButton.current?.focus()
    else if (target === 'cancel-clear') cancelClearButton.current?.focus()
    else if (target === 'clear') clearButton.current?.focus()
    else if (target) {
      const row = target.id ? document.getElementById(target.id) : null
      ;(row?.querySelector<HTMLElement>('h3') ?? document.querySelector<HTMLElement>('main h1'))?.focus()
    }
  })

  const offerUndo = useCallback((next: Undoable) => {
    setUndoable(next)
    focusNext.current = 'undo'
  }, [])

  const remove = useCallback(
    (row: ReadingListRow) => {
      const { remove, restore } = useReadingListStore.getState()
      remove(row.key)
      offerUndo({
        message: `Removed “${row.item.title}”.`,
        undo: () => restore([row.bookmark]),
        focusId: readingItemId(row.key),
      })
    },
    [offerUndo],
  )

  function clearAll() {
    const { bookmarks: all, replace, restore } = useReadingListStore.getState()
    const removed: Bookmark[] = Object.values(all)
    replace({})
    setConfirmingClear(false)
    offerUndo({ message: `Cleared ${plural(removed.length)}.`, undo: () => restore(removed) })
  }

  function runUndo() {
    if (!undoable) return
    undoable.undo()
    setUndoable(null)
    focusNext.current = { id: undoable.focusId }
  }

  return (
    <div className="page reading-list-page">
      <title>Reading list · Career Explorer</title>
      <h1 tabIndex={-1}>Reading list</h1>
      <p className="lede">
        The resources and communities you saved, with where you are on each and your notes. Kept in this
        browser; nothing needs an account.
      </p>

      <div role="status" className="undo-bar-region">
        {undoable && (
          <div className="undo-bar">
            <p>{undoable.message}</p>
            <button ref={undoButton} type="button" className="button button--secondary" onClick={runUndo}>
              Undo
            </button>
          </div>
        )}
      </div>

      {progress.total === 0 ? (
        <section className="empty-note reading-list-empty" aria-labelledby="reading-list-empty">
          <h2 id="reading-list-empty">Nothing saved yet</h2>
          <p>
            Press <strong>Save</strong> on any resource or community on a career page, and it is kept here,
            with a status and a note, until you remove it.
          </p>
          <ul>
            {careers.map((career) => (
              <li key={career.id}>
                <Link to="/careers/$careerId" params={{ careerId: career.id }} hash="resources">
                  What to read, watch and follow as a {career.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="saved-items">
          <h2 id="saved-items">Saved items</h2>
          <ReadingProgress done={progress.done} total={progress.total} />
          <ListControls search={search} onChange={onSearchChange} />
          <p role="status" className="muted">
            {rows.length === progress.total
              ? `Showing all ${plural(progress.total)}.`
              : `Showing ${rows.length} of ${plural(progress.total)}.`}
          </p>
          {rows.length > 0 ? (
            <ul className="item-list">
              {rows.map((row) => (
                <ReadingListItem key={row.key} row={row} onRemove={remove} />
              ))}
            </ul>
          ) : (
            <div className="empty-note">
              <p>No saved items match these filters.</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onSearchChange({ kind: undefined, status: undefined })}
              >
                Show every saved item
              </button>
            </div>
          )}
          <div className="clear-all">
            {confirmingClear ? (
              // Escape cancels, as it would a dialog.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
              <div
                className="confirm"
                role="group"
                aria-labelledby="confirm-clear"
                onKeyDown={(event) => {
                  if (event.key !== 'Escape') return
                  setConfirmingClear(false)
                  focusNext.current = 'clear'
                }}
              >
                <p id="confirm-clear">
                  Remove all {plural(progress.total)}? You can undo this straight after.
                </p>
                <div className="button-row">
                  <button type="button" className="button button--danger" onClick={clearAll}>
                    Yes, clear the list
                  </button>
                  <button
                    ref={cancelClearButton}
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setConfirmingClear(false)
                      focusNext.current = 'clear'
                    }}
                  >
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
                  setConfirmingClear(true)
                  focusNext.current = 'cancel-clear'
                }}
              >
                Clear the list…
              </button>
            )}
          </div>
        </section>
      )}

      <TransferPanel careers={careers} onImported={(message, undo) => offerUndo({ message, undo })} />
    </div>
  )
}
