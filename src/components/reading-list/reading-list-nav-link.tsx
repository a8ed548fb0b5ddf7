import { Link } from '@tanstack/react-router'
import { selectSavedCount, useReadingListStore } from '@/lib/reading-list/store'

/**
 * The header's link to the reading list, with how many items are saved. Screen readers hear "Reading list, 3
 * saved": the name is set whole, because browsers put spaces around visually hidden text as they see fit.
 */
export function ReadingListNavLink() {
  const count = useReadingListStore(selectSavedCount)
  return (
    <Link to="/reading-list" aria-label={count > 0 ? `Reading list, ${count} saved` : undefined}>
      Reading list{count > 0 && <span className="nav-count">{count}</span>}
    </Link>
  )
}
