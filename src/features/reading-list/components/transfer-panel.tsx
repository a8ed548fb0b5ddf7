import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react'
import type { Career } from '@/content/schema'
import { downloadText } from '@/lib/download'
import { backUpReplacedList } from '@/lib/reading-list/backups'
import { browserLocalStorage } from '@/lib/storage'
import type { BookmarkData } from '@/lib/reading-list/model'
import { selectSavedCount, useReadingListStore } from '@/lib/reading-list/store'
import {
  IMPORT_MAX_BYTES,
  importTooLarge,
  mergeImported,
  parseImport,
  toBookmarks,
  toExportJson,
  toMarkdown,
} from '@/lib/reading-list/transfer'
import { fill, messages, plural } from '@/lib/i18n/runtime'

type ImportMode = 'merge' | 'replace'

/** A replacing import waiting for the reader to confirm it. */
interface PendingReplace {
  bookmarks: readonly BookmarkData[]
  fileName: string
  /** What the message says of items no longer listed. */
  note: string
}

/** Names the imported items that have left the content, which were taken back because they were on this list. */
function noLongerListedNote(titles: readonly string[]): string {
  if (titles.length === 0) return ''
  const named = `${titles
    .slice(0, 3)
    .map((title) => `“${title}”`)
    .join(', ')}${titles.length > 3 ? '…' : ''}`
  const t = messages().readingList.transfer
  return ` ${titles.length === 1 ? fill(t.goneOne, { titles: named }) : fill(t.goneMany, { count: titles.length, titles: named })}`
}

/** Export the list as JSON or Markdown; import a JSON export, merging (the default) or replacing, with undo. */
export function TransferPanel({
  careers,
  careersFor,
  track,
  onBackedUp,
}: {
  careers: readonly Career[]
  /** The careers an import file's items may come from (loaded on demand). */
  careersFor: (raw: string) => Promise<readonly Career[]>
  /** Runs an import on the list, saying what it did and offering to undo it. */
  track: (message: string, action: () => void) => void
  /** A replaced list was kept as a backup. */
  onBackedUp: () => void
}) {
  const id = useId()
  const [mode, setMode] = useState<ImportMode>('merge')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState<PendingReplace | null>(null)
  const savedCount = useReadingListStore(selectSavedCount)
  const fileInput = useRef<HTMLInputElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const focusCancel = useRef(false)
  useEffect(() => {
    if (!focusCancel.current) return
    focusCancel.current = false
    cancelButton.current?.focus()
  })

  function exportAs(format: 'json' | 'md') {
    const now = new Date()
    const { bookmarks } = useReadingListStore.getState()
    const name = `career-explorer-reading-list-${now.toISOString().slice(0, 10)}.${format}`
    if (format === 'json') downloadText(toExportJson(bookmarks, careers, now), name, 'application/json')
    else downloadText(toMarkdown(bookmarks, careers, now), name, 'text/markdown')
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    // Cleared so that choosing the same file again imports again.
    input.value = ''
    setError(null)
    setPending(null)
    const result =
      file.size > IMPORT_MAX_BYTES
        ? importTooLarge()
        : await file
            .text()
            .then(async (raw) => parseImport(raw, await careersFor(raw), useReadingListStore.getState()))
    if (!result.ok) {
      setError(result.message)
      return
    }
    const { bookmarks: current, replace } = useReadingListStore.getState()
    const gone = noLongerListedNote(result.noLongerListed)
    if (mode === 'merge') {
      const merged = mergeImported(current, result.bookmarks)
      track(
        fill(messages().readingList.transfer.imported, {
          file: file.name,
          added: plural(merged.added, messages().readingList.transfer.items),
          updated: merged.updated,
        }) + gone,
        () => replace(merged.bookmarks),
      )
      return
    }
    const replacing = { bookmarks: result.bookmarks, fileName: file.name, note: gone }
    // Nothing to lose: no need to ask.
    if (Object.keys(current).length === 0) replaceWith(replacing)
    else {
      setPending(replacing)
      focusCancel.current = true
    }
  }

  /** Replaces the list, first keeping it as a backup on this page; refuses when the backup cannot be written. */
  function replaceWith({ bookmarks, fileName, note }: PendingReplace) {
    setPending(null)
    const { bookmarks: current, replace } = useReadingListStore.getState()
    if (Object.keys(current).length > 0) {
      const now = new Date()
      if (!backUpReplacedList(browserLocalStorage(), toExportJson(current, careers, now), now)) {
        setError(messages().readingList.transfer.backupFailed)
        // The confirmation has gone; the message is tied to the file field.
        fileInput.current?.focus()
        return
      }
      onBackedUp()
    }
    track(
      fill(messages().readingList.transfer.replaced, {
        items: plural(bookmarks.length, messages().readingList.transfer.items),
        file: fileName,
      }) +
        note +
        (Object.keys(current).length > 0 ? ` ${messages().readingList.transfer.previousKept}` : ''),
      () => replace(toBookmarks(bookmarks)),
    )
  }

  function cancelReplace() {
    setPending(null)
    fileInput.current?.focus()
  }

  return (
    <section className="transfer" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{messages().readingList.transfer.heading}</h2>
      <p>{messages().readingList.transfer.intro}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => exportAs('json')}>
          {messages().readingList.transfer.json}
        </button>
        <button type="button" className="button button--secondary" onClick={() => exportAs('md')}>
          {messages().readingList.transfer.markdown}
        </button>
      </div>
      <fieldset className="import-mode">
        <legend>{messages().readingList.transfer.legend}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="merge"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />{' '}
          {messages().readingList.transfer.merge}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />{' '}
          {messages().readingList.transfer.replace}
        </label>
        <p className="field__help">{messages().readingList.transfer.mergeHint}</p>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-file`}>{messages().readingList.transfer.file}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-file-error` : undefined}
          onChange={(event) => void importFile(event)}
        />
      </div>
      {pending && (
        // Escape cancels, as it would a dialog.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <div
          className="confirm"
          role="group"
          aria-labelledby={`${id}-confirm`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancelReplace()
          }}
        >
          <p id={`${id}-confirm`}>
            {fill(messages().readingList.transfer.confirm, {
              items: plural(savedCount, messages().readingList.savedItems),
              count: pending.bookmarks.length,
              file: pending.fileName,
            })}
          </p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={() => replaceWith(pending)}>
              {messages().readingList.transfer.yes}
            </button>
            <button
              ref={cancelButton}
              type="button"
              className="button button--secondary"
              onClick={cancelReplace}
            >
              {messages().readingList.transfer.cancel}
            </button>
          </div>
        </div>
      )}
      <div role="alert">
        {error && (
          <p id={`${id}-file-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
    </section>
  )
}
