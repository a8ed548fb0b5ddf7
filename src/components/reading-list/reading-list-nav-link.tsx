import { Link } from '@tanstack/react-router'
import { selectSavedCount, useReadingListStore } from '@/lib/reading-list/store'
import { useReadingListHydrated } from '@/lib/reading-list/use-hydrated'

/**
 * The header's link to the reading list, with how many items are saved. Screen readers hear "Reading list, 3
 * saved": the name is set whole, because browsers put spaces around visually hidden text as they see fit. When
 * changes cannot be stored, it says the count holds in this tab only. Until the stored list has been read (a
 * prerendered page), there is no count rather than a wrong one.
 */
export function ReadingListNavLink() {
  const hydrated = useReadingListHydrated()
  const stored = useReadingListStore(selectSavedCount)
  const saving = useReadingListStore.persistence.useStatus((status) => status.saving)
  const count = hydrated ? stored : 0
  const tabOnly = count > 0 && saving !== 'on'
  const label = `Reading list, ${count} saved${tabOnly ? ' in this tab only' : ''}`
  return (
    <Link to="/reading-list" aria-label={count > 0 ? label : undefined}>
      Reading list{count > 0 && <span className="nav-count">{count}</span>}
      {tabOnly && <span className="nav-count__warning">this tab only</span>}
    </Link>
  )
}
