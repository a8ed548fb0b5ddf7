import { useId, useState, type ChangeEvent } from 'react'
import type { Career } from '@/content/schema'
import { downloadText } from '@/lib/download'
import type { BookmarkData } from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'
import {
  IMPORT_MAX_BYTES,
  IMPORT_TOO_LARGE,
  mergeImported,
  parseImport,
  toBookmarks,
  toExportJson,
  toMarkdown,
} from '@/lib/reading-list/transfer'

type ImportMode = 'merge' | 'replace'

const plural = (n: number, one: string) => (n === 1 ? `1 ${one}` : `${n} ${one}s`)

/** Export the list as JSON or Markdown; import a JSON export, merging (the default) or replacing, with undo. */
export function TransferPanel({
  careers,
  track,
}: {
  careers: readonly Career[]
  /** Runs an import on the list, saying what it did and offering to undo it. */
  track: (message: string, action: () => void) => void
}) {
  const id = useId()
  const [mode, setMode] = useState<ImportMode>('merge')
  const [error, setError] = useState<string | null>(null)

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
    const result = file.size > IMPORT_MAX_BYTES ? IMPORT_TOO_LARGE : parseImport(await file.text(), careers)
    if (!result.ok) {
      setError(result.message)
      return
    }
    const { bookmarks: before, replace } = useReadingListStore.getState()
    let after: Readonly<Record<string, BookmarkData>>
    let message: string
    if (mode === 'replace') {
      after = toBookmarks(result.bookmarks)
      message = `Replaced your list with the ${plural(result.bookmarks.length, 'item')} from ${file.name}.`
    } else {
      const merged = mergeImported(before, result.bookmarks)
      after = merged.bookmarks
      message = `Imported ${file.name}: ${plural(merged.added, 'item')} added, ${merged.updated} updated.`
    }
    track(message, () => replace(after))
  }

  return (
    <section className="transfer" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export and import</h2>
      <p>
        Your reading list is kept in this browser only. Export it to keep a copy, or to move it to another
        browser.
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => exportAs('json')}>
          Export as JSON
        </button>
        <button type="button" className="button button--secondary" onClick={() => exportAs('md')}>
          Export as Markdown
        </button>
      </div>
      <fieldset className="import-mode">
        <legend>Importing a file</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="merge"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />{' '}
          Merge it into my list
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />{' '}
          Replace my list with it
        </label>
        <p className="field__hint">
          Merging keeps everything on your list; for an item on both, the status further along and your own
          note are kept.
        </p>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-file`}>Import a JSON export</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-file-error` : undefined}
          onChange={(event) => void importFile(event)}
        />
      </div>
      <div role="alert">
        {error && (
          <p id={`${id}-file-error`} className="form-error">
            {error}
          </p>
        )}
      </div>
    </section>
  )
}
