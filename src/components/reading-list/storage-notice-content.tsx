import { downloadText } from '@/lib/download'
import type { Recovery, RecoveryReason } from '@/lib/reading-list/status'
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

const items = (n: number) => (n === 1 ? 'one item' : `${n} items`)

/**
 * What the list holds after the damage, and where it came from: read from the damaged data, kept from what this
 * tab still had, and come back since from another tab or page (so the notice never says "empty" over a full list).
 */
function whatYourListHolds({ recovered, heldByThisTab, cameBack }: Recovery): string {
  const since =
    cameBack > 0
      ? ` Since then, your list came back from another open tab or page, which still had it: ${cameBack === 1 ? 'one item is' : `${cameBack} items are`} back.`
      : ''
  if (heldByThisTab > 0)
    return `${
      recovered === 0
        ? `Nothing in it could be recovered, but this tab still had your list, so nothing is lost: it keeps its ${items(heldByThisTab)}.`
        : `${recovered === 1 ? 'One item' : `${recovered} items`} in it could be recovered, and this tab still had ${heldByThisTab} more, so nothing is lost: your list keeps all ${recovered + heldByThisTab}.`
    }${since}`
  const tense = since ? 'started' : 'starts'
  return `${
    recovered === 0
      ? `Nothing in it could be recovered, so your list ${tense} empty.`
      : `Your list ${tense} with the ${items(recovered)} that could be recovered.`
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
  return (
    <>
      {recovery && (
        <div className="notice">
          <p>
            Your saved reading list could not be read in full: {WHY_UNREADABLE[recovery.reason]}.{' '}
            {recovery.backupKey
              ? 'A copy of the original data is kept in this browser.'
              : 'The original data is left as it was.'}{' '}
            {whatYourListHolds(recovery)}
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
