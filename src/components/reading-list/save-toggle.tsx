import { useEffect, useId, useState } from 'react'
import { bookmarkKey, type SavableItem } from '@/lib/reading-list/model'
import type { SavingState } from '@/lib/reading-list/status'
import { useReadingListStore } from '@/lib/reading-list/store'
import { announceSave, holdSaveAnnouncer } from './save-announcer'
import { fill, messages } from '@/lib/i18n/runtime'
import { contentLang } from '@/components/in-english'

const persistence = useReadingListStore.persistence

/** Why a change stays in this tab, said next to the toggle that made it. */
const whyThisTabOnly = (saving: Exclude<SavingState, 'on'>): string =>
  messages().readingList.toggle.why[saving]

/**
 * Saves an item to the reading list or removes it. A toggle button: its state is `aria-pressed`, and its name
 * ("Save Fluent Python") stays the same whichever state it is in, as screen readers expect of toggles. When the
 * change cannot be stored, the reader learns it here, where they acted (said, and shown beside the button), not
 * only at the top of the page. What is said goes to one live region for all the page's Save buttons.
 */
export function SaveToggle({ item }: { item: SavableItem }) {
  const key = bookmarkKey(item)
  const saved = useReadingListStore((state) => key in state.bookmarks)
  const toggle = useReadingListStore((state) => state.toggle)
  const saving = persistence.useStatus((status) => status.saving)
  // Only the toggle the reader pressed speaks up, not every toggle on the page.
  const [pressed, setPressed] = useState(false)
  const id = useId()
  const t = messages().readingList.toggle
  const warning =
    pressed && saving !== 'on'
      ? fill(saved ? t.savedTabOnly : t.removedTabOnly, { why: whyThisTabOnly(saving) })
      : ''
  useEffect(holdSaveAnnouncer, [])
  // Said in the page's one live region, naming the item, since it is not said beside the button.
  useEffect(() => {
    if (warning)
      announceSave(fill(messages().readingList.toggle.announce, { title: item.title, message: warning }))
  }, [warning, item.title])
  return (
    <>
      <button
        type="button"
        className="save-toggle"
        // The list lives in this browser's storage, which only the app's code reads and writes.
        data-needs-js=""
        aria-pressed={saved}
        aria-describedby={warning ? id : undefined}
        onClick={() => {
          toggle(item)
          setPressed(true)
          // Written at once rather than batched, so that a refusal shows while the reader is still here.
          persistence.flush()
        }}
      >
        <svg className="save-toggle__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M3.5 1.5h9v13L8 11l-4.5 3.5z" />
        </svg>
        {t.save}{' '}
        <span className="visually-hidden" lang={contentLang()}>
          {item.title}
        </span>
      </button>
      {/* Shown beside the button, and its description; announced through the page's one live region. */}
      <span id={id} className="save-toggle__status" data-needs-js="">
        {warning}
      </span>
    </>
  )
}
