import { useEffect, useRef, useState } from 'react'
import type { Career } from '@/content/schema'
import { downloadText } from '@/lib/download'
import { focusPageHeading } from '@/lib/focus-target'
import { deleteBackup, type Backup, type BackupStorage } from '@/lib/reading-list/backups'
import { useReadingListStore } from '@/lib/reading-list/store'
import { mergeImported, parseImport } from '@/lib/reading-list/transfer'

const when = (date: Date | null) =>
  date
    ? date.toLocaleString('en-IN', { dateStyle: 'medium', timeStyle: 'short' })
    : 'when the app first found it'

function describe(backup: Backup): string {
  return backup.kind === 'replaced'
    ? `Your list as it was before an import replaced it, ${when(backup.madeAt)}.`
    : `Saved data the app could not read as it was, kept as found, ${when(backup.madeAt)}.`
}

const size = (backup: Backup) =>
  backup.raw.length === 1 ? '1 character' : `${backup.raw.length.toLocaleString('en-IN')} characters`

/** Which backup a button acts on, in the words the list shows: "backup of 12 May 2026, 10:00 am, 3,120 characters". */
const which = (backup: Backup) =>
  `backup of ${backup.madeAt ? when(backup.madeAt) : 'the data first found unreadable'}, ${size(backup)}`

const fileName = (backup: Backup) =>
  `career-explorer-reading-list-backup-${backup.madeAt ? backup.madeAt.toISOString().slice(0, 10) : 'original'}.${backup.kind === 'replaced' ? 'json' : 'txt'}`

/**
 * The backups this browser holds, for as long as it holds them: each can be downloaded, a replaced list merged
 * back, and each deleted once the reader is done with it (after a confirmation, since that cannot be undone).
 */
export function BackupsPanel({
  backups,
  careersFor,
  storage,
  track,
  onChanged,
}: {
  backups: readonly Backup[]
  /** The careers a backup's items may come from (loaded on demand). */
  careersFor: (raw: string) => Promise<readonly Career[]>
  storage: BackupStorage | null
  track: (message: string, action: () => void) => void
  /** A backup was deleted: list them again. */
  onChanged: () => void
}) {
  const [confirming, setConfirming] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const focusNext = useRef<'heading' | 'cancel' | string | null>(null)
  useEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (target === 'cancel') cancelButton.current?.focus()
    else if (target === 'heading') {
      if (heading.current) heading.current.focus()
      else focusPageHeading()
    } else if (target) document.getElementById(target)?.focus()
  })

  if (backups.length === 0 && !error) return null

  function remove(backup: Backup) {
    setConfirming(null)
    if (!deleteBackup(storage, backup.key)) {
      setError('This backup could not be deleted: the browser refused. It is still kept.')
    } else setError(null)
    focusNext.current = 'heading'
    onChanged()
  }

  async function mergeBack(backup: Backup) {
    const result = parseImport(backup.raw, await careersFor(backup.raw), useReadingListStore.getState())
    if (!result.ok) {
      setError(result.message)
      return
    }
    const { bookmarks, replace } = useReadingListStore.getState()
    const merged = mergeImported(bookmarks, result.bookmarks)
    track(`Merged the backup into your list: ${merged.added} added, ${merged.updated} updated.`, () =>
      replace(merged.bookmarks),
    )
  }

  const buttonId = (backup: Backup) => `delete-${backup.key.replaceAll(':', '-')}`

  return (
    <section className="backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading" ref={heading} tabIndex={-1}>
        Backups
      </h2>
      <p>
        Kept in this browser so that nothing you saved is lost. Download one to keep it, and delete it once
        you no longer need it.
      </p>
      <ul className="backups__list">
        {backups.map((backup) => (
          <li key={backup.key} className="backups__item">
            <p id={`${buttonId(backup)}-about`}>
              {describe(backup)} <span className="muted">({size(backup)})</span>
            </p>
            {confirming === backup.key ? (
              // Escape cancels, as it would a dialog.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
              <div
                className="confirm"
                role="group"
                aria-labelledby={`${buttonId(backup)}-confirm`}
                onKeyDown={(event) => {
                  if (event.key !== 'Escape') return
                  setConfirming(null)
                  focusNext.current = buttonId(backup)
                }}
              >
                <p id={`${buttonId(backup)}-confirm`}>Delete this backup? This cannot be undone.</p>
                <div className="button-row">
                  <button type="button" className="button button--danger" onClick={() => remove(backup)}>
                    Yes, delete it
                  </button>
                  <button
                    ref={cancelButton}
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setConfirming(null)
                      focusNext.current = buttonId(backup)
                    }}
                  >
                    Cancel
                  </button>
                </div>
              </div>
            ) : (
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Download ${which(backup)}`}
                  onClick={() => downloadText(backup.raw, fileName(backup))}
                >
                  Download
                </button>
                {backup.kind === 'replaced' && (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-describedby={`${buttonId(backup)}-about`}
                    onClick={() => void mergeBack(backup)}
                  >
                    Merge it back into my list
                  </button>
                )}
                <button
                  id={buttonId(backup)}
                  type="button"
                  className="button button--secondary"
                  aria-label={`Delete ${which(backup)}…`}
                  onClick={() => {
                    setConfirming(backup.key)
                    focusNext.current = 'cancel'
                  }}
                >
                  Delete…
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div role="alert">{error && <p className="field__error">{error}</p>}</div>
    </section>
  )
}
