import { useCallback, useMemo, useRef, useState } from 'react'
import { Link } from '@tanstack/react-router'
import type { Career } from '@/content/schema'
import type { BookmarkStatus } from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'
import { useReadingListHydrated } from '@/lib/reading-list/use-hydrated'
import { BackupsPanel } from './components/backups-panel'
import { ClearList } from './components/clear-list'
import { ListControls } from './components/list-controls'
import { ReadingListItem, readingItemId } from './components/reading-list-item'
import { ReadingListLoading } from './components/reading-list-loading'
import { ReadingProgress } from './components/reading-progress'
import { TransferPanel } from './components/transfer-panel'
import { UndoBar } from './components/undo-bar'
import type { ReadingListSearch } from './lib/search'
import { useBackups } from './lib/use-backups'
import { useFocusAfterRender } from './lib/use-focus-after-render'
import { useUndoStack } from './lib/use-undo'
import { readingListProgress, readingListRows, type ReadingListRow } from './lib/view'
import { careersForImport, useSavedCareers } from './lib/saved-careers'
import { PageHead } from '@/components/layout/page-head'
import './reading-list.css'
import { fill, messages, plural } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'

/** Where focus goes after the next render; the page heading when the target is not there. */
type FocusTarget =
  | { to: 'undo' | 'saved-heading' }
  /** A row's heading by key, or else the row shown at `index` (or the last one) once this one has gone. */
  | { to: 'row'; key?: string; index?: number }

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
        title={messages().readingList.pageTitle}
        description={messages().readingList.description}
        path="/reading-list"
      />
      <h1 tabIndex={-1}>{messages().readingList.heading}</h1>
      {hydrated ? <ReadingListContent {...props} /> : <ReadingListLoading />}
    </div>
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
  const undo = useUndoStack(bookmarks)
  const backups = useBackups()

  const undoButton = useRef<HTMLButtonElement>(null)
  const savedHeading = useRef<HTMLHeadingElement>(null)
  const showAllButton = useRef<HTMLButtonElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const rowHeading = (key: string) =>
    [...(list.current?.children ?? [])]
      .find((li) => li.id === readingItemId(key))
      ?.querySelector<HTMLElement>('h3')
  const focusNext = useFocusAfterRender((target: FocusTarget) => {
    if (target.to !== 'row') return target.to === 'undo' ? undoButton.current : savedHeading.current
    const heading = target.key ? rowHeading(target.key) : null
    if (heading || target.index === undefined) return heading
    // A row that has just gone (hidden by a filter, say): the row now in its place, the one before it, or the way
    // back to every item.
    const near = rows[Math.min(target.index, rows.length - 1)]
    return near ? rowHeading(near.key) : showAllButton.current
  })

  /** Runs `action` on the list and offers to undo what it changed, with focus on Undo. */
  const { track: trackChange } = undo
  const track = useCallback(
    (message: string, action: () => void, focusKey?: string) => {
      if (trackChange(message, action, focusKey)) focusNext({ to: 'undo' })
    },
    [trackChange, focusNext],
  )

  const remove = useCallback(
    (row: ReadingListRow) =>
      track(
        fill(messages().readingList.removed, { title: row.item.title }),
        () => useReadingListStore.getState().remove(row.key),
        row.key,
      ),
    [track],
  )

  const changeStatus = useCallback(
    (row: ReadingListRow, status: BookmarkStatus) => {
      // Its place among the rows shown, read from the list so that this callback (and every row) stays the same.
      const index = [...(list.current?.children ?? [])].findIndex((li) => li.id === readingItemId(row.key))
      useReadingListStore.getState().setStatus(row.key, status)
      // Under a status filter the row may leave the list, taking focus with it.
      if (search.status && search.status !== status) focusNext({ to: 'row', index })
    },
    [search.status, focusNext],
  )

  function runUndo() {
    const undone = undo.undo()
    if (undone) focusNext(undo.count > 1 ? { to: 'undo' } : { to: 'row', key: undone.focusKey })
  }

  const t = messages().readingList
  const items = plural(progress.total, t.savedItems)
  return (
    <>
      <p className="lede">{t.lede}</p>
      {failed && <p className="field__error">{t.loadFailed}</p>}

      <UndoBar undo={undo} onUndo={runUndo} undoRef={undoButton} />

      {progress.total === 0 ? (
        <section className="empty-note reading-list-empty" aria-labelledby="reading-list-empty">
          <h2 id="reading-list-empty">{t.emptyHeading}</h2>
          <p>{fillNodes(t.emptyHow, { save: <strong>{t.toggle.save}</strong> })}</p>
          <p>{fillNodes(t.emptyWhere, { browse: <Link to="/">{t.browse}</Link> })}</p>
        </section>
      ) : (
        <section aria-labelledby="saved-items">
          <h2 id="saved-items" ref={savedHeading} tabIndex={-1}>
            {t.savedHeading}
          </h2>
          <ReadingProgress done={progress.done} total={progress.total} />
          <ListControls search={search} onChange={onSearchChange} />
          <p role="status" className="muted">
            {rows.length === progress.total
              ? fill(t.showingAll, { items })
              : fill(t.showingSome, { count: rows.length, items })}
          </p>
          {rows.length > 0 ? (
            <ul className="item-list" ref={list}>
              {rows.map((row) => (
                <ReadingListItem key={row.key} row={row} onRemove={remove} onStatusChange={changeStatus} />
              ))}
            </ul>
          ) : (
            <div className="empty-note">
              <p>{t.noMatch}</p>
              <button
                ref={showAllButton}
                type="button"
                className="button button--secondary"
                onClick={() => {
                  onSearchChange({ kind: undefined, status: undefined })
                  focusNext({ to: 'saved-heading' })
                }}
              >
                {t.showAll}
              </button>
            </div>
          )}
          <ClearList total={progress.total} track={track} />
        </section>
      )}

      <TransferPanel careers={careers} careersFor={careersFor} track={track} onBackedUp={backups.relist} />
      <BackupsPanel
        backups={backups.backups}
        careersFor={careersFor}
        storage={backups.storage}
        track={track}
        onChanged={backups.relist}
      />
    </>
  )
}
