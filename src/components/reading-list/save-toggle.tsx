import { bookmarkKey, type SavableItem } from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'

/**
 * Saves an item to the reading list or removes it. A toggle button: its state is `aria-pressed`, and its name
 * ("Save Fluent Python") stays the same whichever state it is in, as screen readers expect of toggles.
 */
export function SaveToggle({ item }: { item: SavableItem }) {
  const key = bookmarkKey(item)
  const saved = useReadingListStore((state) => key in state.bookmarks)
  const toggle = useReadingListStore((state) => state.toggle)
  return (
    <button type="button" className="save-toggle" aria-pressed={saved} onClick={() => toggle(item)}>
      <svg className="save-toggle__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M3.5 1.5h9v13L8 11l-4.5 3.5z" />
      </svg>
      Save <span className="visually-hidden">{item.title}</span>
    </button>
  )
}
