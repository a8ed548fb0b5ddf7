import { Link } from '@tanstack/react-router'
import { selectSavedCount, useReadingListStore } from '@/lib/reading-list/store'
import { useReadingListHydrated } from '@/lib/reading-list/use-hydrated'
import { fill, formatNumber, messages } from '@/lib/i18n/runtime'

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
  const t = messages().readingList.nav
  const label = fill(tabOnly ? t.countTabOnly : t.count, { count })
  return (
    <Link to="/reading-list" aria-label={count > 0 ? label : undefined}>
      {t.link}
      {count > 0 && <span className="nav-count">{formatNumber(count)}</span>}
      {tabOnly && <span className="nav-count__warning">{t.tabOnly}</span>}
    </Link>
  )
}
