import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link } from '@tanstack/react-router'
import type { Career } from '@/content/schema'
import type { BookmarkStatus } from '@/lib/reading-list/model'
import { listBackups } from '@/lib/reading-list/backups'
import { browserLocalStorage } from '@/lib/storage'
import { useReadingListStore } from '@/lib/reading-list/store'
import { useReadingListHydrated } from '@/lib/reading-list/use-hydrated'
import { BackupsPanel } from './components/backups-panel'
import { ListControls } from './components/list-controls'
import { ReadingListItem, readingItemId } from './components/reading-list-item'
import { ReadingProgress } from './components/reading-progress'
import { TransferPanel } from './components/transfer-panel'
import type { ReadingListSearch } from './lib/search'
import { UNDO_LIMIT, changesBetween, stillUndoable, undoChanges, type UndoEntry } from './lib/undo'
import { readingListProgress, readingListRows, type ReadingListRow } from './lib/view'
import { careersForImport, useSavedCareers } from './lib/saved-careers'
import { PageHead } from '@/components/layout/page-head'
import { NoScriptNote } from '@/components/layout/without-javascript'
import { plural } from '@/lib/plural'
import './reading-list.css'

/** Where focus goes after the next render; the page heading when the target is not there. */
type FocusTarget =
  | { to: 'undo' | 'cancel-clear' | 'clear' | 'saved-heading' }
  /** A row's heading by key, or else the row shown at `index` (or the last one) once this one has gone. */
  | { to: 'row'; key?: string; index?: number }

let nextUndoId = 1

const savedItems = (n: number) => plural(n, 'saved item')

interface ReadingListPageProps {
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
  // One heading throughout, so focus moved to it on arrival stays there when the list appears.
  return (
    <div className="page reading-list-page">
      {/* Head tags that never wait for the stored list: the prerendered page has them too. */}
      <PageHead
        title="Reading list"
        description="The resources and communities you saved while exploring careers, with your progress and notes. Kept in your browser."
        path="/reading-list"
      />
      <h1 tabIndex={-1}>Reading list</h1>
      {hydrated ? <ReadingListContent {...props} /> : <ReadingListLoading />}
    </div>
  )
}

function ReadingListLoading() {
  return (
    <>
      {/* Without JavaScript nothing ever reads the list: this would say "Loading" for ever. */}
      <p className="lede" aria-busy="true" data-needs-js="">
        Loading your reading list…
      </p>
      <NoScriptNote>
        Your reading list is kept in this browser&rsquo;s storage, and showing it needs JavaScript, which is
        off here. Turn JavaScript on to see and change what you saved.
      </NoScriptNote>
    </>
  )
}

/** The list once stored items are read: it waits for the careers they come from (one load each) before showing. */
function ReadingListContent(props: ReadingListPageProps) {
  const bookmarks = useReadingListStore((state) => state.bookmarks)
  const ids = useMemo(() => Object.values(bookmarks).map((bookmark) => bookmark.careerId), [bookmarks])
  const saved = useSavedCareers(ids)
  // Shown until the first load; later loads (an item from a new career) keep the rows on screen.
  const [ready, setReady] = useState(false)
  if (!saved.loading && !ready) setReady(true)
  if (!ready) return <ReadingListLoading />
  return <ReadingListLoaded {...props} careers={saved.careers} failed={saved.failed} />
}

function ReadingListLoaded({
  careers,
  failed,
  search,
  onSearchChange,
}: ReadingListPageProps & { careers: readonly Career[]; failed: boolean }) {
  const bookmarks = useReadingListStore((state) => state.bookmarks)
  const careersFor = useCallback(
    (raw: string) =>
      careersForImport(
        raw,
        Object.values(useReadingListStore.getState().bookmarks).map((bookmark) => bookmark.careerId),
      ),
    [],
  )
  const rows = useMemo(() => readingListRows(bookmarks, careers, search), [bookmarks, careers, search])
  const progress = useMemo(() => readingListProgress(bookmarks), [bookmarks])

  const [undoStack, setUndoStack] = useState<readonly UndoEntry[]>([])
  const [unchanged, setUnchanged] = useState<string | null>(null)
  // An action whose items have all changed since (edited, saved again, changed in another tab) has nothing left to
  // undo, so it is no longer offered.
  const undoable = useMemo(
    () => undoStack.filter((entry) => stillUndoable(entry, bookmarks).length > 0),
    [undoStack, bookmarks],
  )
  const latest = undoable.at(-1)
  const [confirmingClear, setConfirmingClear] = useState(false)

  // Backups are read from storage whenever one may have come or gone: on opening the page, after this page's own
  // replace or delete, when a damaged list is found (and backed up), and when another tab changes storage.
  const [backupStorage] = useState(browserLocalStorage)
  const [backups, setBackups] = useState(() => listBackups(backupStorage))
  const relistBackups = useCallback(() => setBackups(listBackups(backupStorage)), [backupStorage])
  useEffect(() => {
    window.addEventListener('storage', relistBackups)
    const stopListening = useReadingListStore.persistence.useStatus.subscribe(relistBackups)
    return () => {
      window.removeEventListener('storage', relistBackups)
      stopListening()
    }
  }, [relistBackups])
  // Focus moves after the render that shows (or hides) its target, so it never falls to the page body.
  const focusNext = useRef<FocusTarget | null>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  const cancelClearButton = useRef<HTMLButtonElement>(null)
  const clearButton = useRef<HTMLButtonElement>(null)
  const showAllButton = useRef<HTMLButtonElement>(null)
  const savedHeading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (!target) return
    const heading = (key: string) =>
      document.getElementById(readingItemId(key))?.querySelector<HTMLElement>('h3') ?? null
    let element: HTMLElement | null = null
    if (target.to === 'undo') element = undoButton.current
    else if (target.to === 'cancel-clear') element = cancelClearButton.current
    else if (target.to === 'clear') element = clearButton.current
    else if (target.to === 'saved-heading') element = savedHeading.current
    else if (target.to === 'row') {
      element = target.key ? heading(target.key) : null
      // A row that has just gone (hidden by a filter, say): the row now in its place, the one before it, or the
      // way back to every item.
      if (!element && target.index !== undefined) {
        const near = rows[Math.min(target.index, rows.length - 1)]
        element = near ? heading(near.key) : showAllButton.current
      }
    }
    ;(element ?? document.querySelector<HTMLElement>('main h1'))?.focus()
  })

  /** Runs `action` on the list and offers to undo what it changed. */
  const track = useCallback((message: string, action: () => void, focusKey?: string) => {
    const before = useReadingListStore.getState().bookmarks
    action()
    const changes = changesBetween(before, useReadingListStore.getState().bookmarks)
    // An action that changed nothing (an import of what the list already holds) is said, with nothing to undo.
    setUnchanged(changes.length === 0 ? message : null)
    if (changes.length === 0) return
    setUndoStack((stack) => [...stack, { id: nextUndoId++, message, changes, focusKey }].slice(-UNDO_LIMIT))
    focusNext.current = { to: 'undo' }
  }, [])

  const remove = useCallback(
    (row: ReadingListRow) =>
      track(`Removed “${row.item.title}”.`, () => useReadingListStore.getState().remove(row.key), row.key),
    [track],
  )

  const changeStatus = useCallback(
    (row: ReadingListRow, status: BookmarkStatus) => {
      // Its place among the rows shown, read from the page so that this callback (and every row) stays the same.
      const shown = [...document.querySelectorAll('.reading-list-page .item-list > li')]
      const index = shown.findIndex((li) => li.id === readingItemId(row.key))
      useReadingListStore.getState().setStatus(row.key, status)
      // Under a status filter the row may leave the list, taking focus with it.
      if (search.status && search.status !== status) focusNext.current = { to: 'row', index }
    },
    [search.status],
  )

  function clearAll() {
    const { bookmarks: all, replace } = useReadingListStore.getState()
    const count = Object.keys(all).length
    setConfirmingClear(false)
    track(`Cleared ${savedItems(count)}.`, () => replace({}))
  }

  function runUndo() {
    if (!latest) return
    const { bookmarks: current, replace } = useReadingListStore.getState()
    replace(undoChanges(latest, current))
    setUnchanged(null)
    setUndoStack((stack) => stack.filter((entry) => entry !== latest))
    focusNext.current = undoable.length > 1 ? { to: 'undo' } : { to: 'row', key: latest.focusKey }
  }

  return (
    <>
      <p className="lede">
        The resources and communities you saved, with where you are on each and your notes. Kept in this
        browser; nothing needs an account.
      </p>
      {failed && (
        <p className="field__error">
          Some saved items come from careers this browser could not load just now (you may be offline). They
          are still on your list, shown with the title you saved.
        </p>
      )}

      <div role="status" className="undo-bar-region">
        {unchanged && <p>{unchanged}</p>}
        {!unchanged && latest && (
          <div className="undo-bar">
            <p>
              {latest.message}
              {undoable.length > 1 &&
                ` ${undoable.length - 1} earlier ${undoable.length === 2 ? 'change' : 'changes'} can be undone too.`}
            </p>
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
          <p>
            <Link to="/">Browse the careers</Link> and open a career’s “What to read, watch and follow”
            section.
          </p>
        </section>
      ) : (
        <section aria-labelledby="saved-items">
          <h2 id="saved-items" ref={savedHeading} tabIndex={-1}>
            Saved items
          </h2>
          <ReadingProgress done={progress.done} total={progress.total} />
          <ListControls search={search} onChange={onSearchChange} />
          <p role="status" className="muted">
            {rows.length === progress.total
              ? `Showing all ${savedItems(progress.total)}.`
              : `Showing ${rows.length} of ${savedItems(progress.total)}.`}
          </p>
          {rows.length > 0 ? (
            <ul className="item-list">
              {rows.map((row) => (
                <ReadingListItem key={row.key} row={row} onRemove={remove} onStatusChange={changeStatus} />
              ))}
            </ul>
          ) : (
            <div className="empty-note">
              <p>No saved items match these filters.</p>
              <button
                ref={showAllButton}
                type="button"
                className="button button--secondary"
                onClick={() => {
                  onSearchChange({ kind: undefined, status: undefined })
                  focusNext.current = { to: 'saved-heading' }
                }}
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
                  focusNext.current = { to: 'clear' }
                }}
              >
                <p id="confirm-clear">
                  Remove all {savedItems(progress.total)}? You can undo this straight after.
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
                      focusNext.current = { to: 'clear' }
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
                  focusNext.current = { to: 'cancel-clear' }
                }}
              >
                Clear the list…
              </button>
            )}
          </div>
        </section>
      )}

      <TransferPanel careers={careers} careersFor={careersFor} track={track} onBackedUp={relistBackups} />
      <BackupsPanel
        backups={backups}
        careersFor={careersFor}
        storage={backupStorage}
        track={track}
        onChanged={relistBackups}
      />
    </>
  )
}
