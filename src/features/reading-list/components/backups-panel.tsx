import { useEffect, useRef, useState } from 'react'
import type { Career } from '@/content/schema'
import { downloadText } from '@/lib/download'
import { focusPageHeading } from '@/lib/focus-target'
import { deleteBackup, type Backup, type BackupStorage } from '@/lib/reading-list/backups'
import { useReadingListStore } from '@/lib/reading-list/store'
import { mergeImported, parseImport } from '@/lib/reading-list/transfer'
import { fill, formatDate, messages, plural } from '@/lib/i18n/runtime'

const when = (date: Date | null) =>
  date
    ? formatDate(date, { dateStyle: 'medium', timeStyle: 'short' })
    : messages().readingList.backups.firstFound

function describe(backup: Backup): string {
  const t = messages().readingList.backups
  return fill(backup.kind === 'replaced' ? t.replaced : t.unreadable, { when: when(backup.madeAt) })
}

const size = (backup: Backup) => plural(backup.raw.length, messages().readingList.backups.size)

/** Which backup a button acts on, in the words the list shows: "backup of 12 May 2026, 10:00 am, 3,120 characters". */
const which = (backup: Backup) =>
  backup.madeAt
    ? fill(messages().readingList.backups.which, { when: when(backup.madeAt), size: size(backup) })
    : fill(messages().readingList.backups.whichFirst, { size: size(backup) })

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
      setError(messages().readingList.backups.deleteFailed)
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
    track(fill(messages().readingList.backups.merged, { added: merged.added, updated: merged.updated }), () =>
      replace(merged.bookmarks),
    )
  }

  const buttonId = (backup: Backup) => `delete-${backup.key.replaceAll(':', '-')}`

  return (
    <section className="backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading" ref={heading} tabIndex={-1}>
        {messages().readingList.backups.heading}
      </h2>
      <p>{messages().readingList.backups.intro}</p>
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
                <p id={`${buttonId(backup)}-confirm`}>{messages().readingList.backups.confirm}</p>
                <div className="button-row">
                  <button type="button" className="button button--danger" onClick={() => remove(backup)}>
                    {messages().readingList.backups.yes}
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
                    {messages().readingList.backups.cancel}
                  </button>
                </div>
              </div>
            ) : (
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={fill(messages().readingList.backups.downloadLabel, { which: which(backup) })}
                  onClick={() => downloadText(backup.raw, fileName(backup))}
                >
                  {messages().readingList.backups.download}
                </button>
                {backup.kind === 'replaced' && (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-describedby={`${buttonId(backup)}-about`}
                    onClick={() => void mergeBack(backup)}
                  >
                    {messages().readingList.backups.mergeBack}
                  </button>
                )}
                <button
                  id={buttonId(backup)}
                  type="button"
                  className="button button--secondary"
                  aria-label={fill(messages().readingList.backups.deleteLabel, { which: which(backup) })}
                  onClick={() => {
                    setConfirming(backup.key)
                    focusNext.current = 'cancel'
                  }}
                >
                  {messages().readingList.backups.delete}
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
