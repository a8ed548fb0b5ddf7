import { downloadText } from '@/lib/download'
import type { RecoveryReason } from '@/lib/reading-list/persistence'
import { useReadingListStore } from '@/lib/reading-list/store'

const persistence = useReadingListStore.persistence

const WHY_UNREADABLE: Record<RecoveryReason, string> = {
  'not-json': 'it is not in a form the app can read',
  'wrong-shape': 'it is not in a form the app can read',
  'invalid-entries': 'some entries in it were damaged',
}

const SAVING_OFF = {
  unavailable:
    'Saving is off: this browser is not letting Career Explorer store data (private browsing can do this). Your reading list works until you close this tab; export it from the reading list to keep a copy.',
  full: 'Your browser’s storage is full, so your latest reading-list changes are kept in this tab only. Career Explorer tries again at your next change.',
  newer:
    'Your list was changed by a newer version of the app — reload to go on. Until then, changes in this tab are not saved, so that nothing the newer version stored is overwritten.',
  held: 'Saving is paused so that nothing overwrites the unreadable data before you have a copy of it. Download it first: resuming replaces it with your list as it is now.',
} as const

/** The notices themselves (loaded only when there is something to say; see ./storage-notice.tsx). */
export default function StorageNoticeContent({ onResolved }: { onResolved: () => void }) {
  const { saving, recovery } = persistence.useStatus()
  // Dismiss and Resume saving remove the notice, and the button with it: the shell moves focus (onResolved).
  const then = (action: () => void) => () => {
    onResolved()
    action()
  }
  return (
    <>
      {recovery && (
        <div className="notice">
          <p>
            Your saved reading list could not be read in full: {WHY_UNREADABLE[recovery.reason]}.{' '}
            {recovery.backupKey
              ? 'A copy of the original data is kept in this browser.'
              : 'The original data is left as it was.'}{' '}
            {recovery.recovered === 0
              ? 'Nothing in it could be recovered, so your list starts empty.'
              : `Your list starts with the ${recovery.recovered === 1 ? 'one item' : `${recovery.recovered} items`} that could be recovered.`}
            {recovery.backupKey &&
              ' The copy stays under Backups on the reading-list page until you delete it.'}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => downloadText(recovery.raw, 'career-explorer-reading-list-original.txt')}
            >
              Download the original data
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={then(persistence.dismissRecovery)}
            >
              Dismiss
            </button>
          </div>
        </div>
      )}
      {saving !== 'on' && (
        <div className="notice">
          <p>{SAVING_OFF[saving]}</p>
          {saving === 'held' && (
            <div className="button-row">
              <button
                type="button"
                className="button button--secondary"
                onClick={then(persistence.resumeSaving)}
              >
                Resume saving
              </button>
            </div>
          )}
        </div>
      )}
    </>
  )
}
