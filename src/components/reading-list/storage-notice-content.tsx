import { downloadText } from '@/lib/download'
import type { Recovery, RecoveryReason } from '@/lib/reading-list/status'
import { useReadingListStore } from '@/lib/reading-list/store'
import { fill, messages, plural } from '@/lib/i18n/runtime'

const persistence = useReadingListStore.persistence

const whyUnreadable = (reason: RecoveryReason): string => {
  const why = messages().readingList.notice.why
  return reason === 'invalid-entries' ? why.invalidEntries : why.notJson
}

/**
 * What the list holds after the damage, and where it came from: read from the damaged data, kept from what this
 * tab still had, and come back since from another tab or page (so the notice never says "empty" over a full list).
 */
function whatYourListHolds({ recovered, heldByThisTab, cameBack }: Recovery): string {
  const t = messages().readingList.notice
  const since = cameBack > 0 ? ` ${plural(cameBack, t.cameBack)}` : ''
  if (heldByThisTab > 0)
    return `${
      recovered === 0
        ? plural(heldByThisTab, t.noneRecoveredTabHad)
        : plural(recovered, t.someRecoveredTabHad, { held: heldByThisTab, total: recovered + heldByThisTab })
    }${since}`
  const started = Boolean(since)
  return `${
    recovered === 0
      ? started
        ? t.noneRecoveredStarted
        : t.noneRecoveredStarts
      : plural(recovered, started ? t.recoveredStarted : t.recoveredStarts)
  }${since}`
}

/** The notices themselves (loaded only when there is something to say; see ./storage-notice.tsx). */
export default function StorageNoticeContent({ onResolved }: { onResolved: () => void }) {
  const { saving, recovery } = persistence.useStatus()
  // Dismiss and Resume saving remove the notice, and the button with it: the shell moves focus (onResolved).
  const then = (action: () => void) => () => {
    onResolved()
    action()
  }
  const t = messages().readingList.notice
  return (
    <>
      {recovery && (
        <div className="notice">
          <p>
            {fill(t.unreadable, { why: whyUnreadable(recovery.reason) })}{' '}
            {recovery.backupKey ? t.copyKept : t.originalLeft} {whatYourListHolds(recovery)}
            {recovery.backupKey && ` ${t.copyUnderBackups}`}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => downloadText(recovery.raw, 'career-explorer-reading-list-original.txt')}
            >
              {t.download}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={then(persistence.dismissRecovery)}
            >
              {t.dismiss}
            </button>
          </div>
        </div>
      )}
      {saving !== 'on' && (
        <div className="notice">
          <p>{t.off[saving]}</p>
          {saving === 'held' && (
            <div className="button-row">
              <button
                type="button"
                className="button button--secondary"
                onClick={then(persistence.resumeSaving)}
              >
                {t.resume}
              </button>
            </div>
          )}
        </div>
      )}
    </>
  )
}
