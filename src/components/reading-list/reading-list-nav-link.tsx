import { Link } from '@tanstack/react-router'
import { selectSavedCount, useReadingListStore } from '@/lib/reading-list/store'
import { useReadingListHydrated } from '@/lib/reading-list/use-hydrated'

/**
 * The header's link to the reading list, with how many items are saved. Screen readers hear "Reading list, 3
 * saved": the name is set whole, because browsers put spaces around visually hidden text as they see fit. Until
 * the stored list has been read (a prerendered page), there is no count rather than a wrong one.
 */
export function ReadingListNavLink() {
  const hydrated = useReadingListHydrated()
  const stored = useReadingListStore(selectSavedCount)
  const count = hydrated ? stored : 0
  return (
    <Link to="/reading-list" aria-label={count > 0 ? `Reading list, ${count} saved` : undefined}>
      Reading list{count > 0 && <span className="nav-count">{count}</span>}
    </Link>
  )
}
