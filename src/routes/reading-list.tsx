import { createFileRoute } from '@tanstack/react-router'
import { ReadingListPage } from '@/features/reading-list'
import { readingListSearch, type ReadingListSearch } from '@/features/reading-list/lib/search'
import { useSearchNavigate } from '@/lib/use-search-navigate'
import { usePageReady } from '@/app/hydration-handoff'

export const Route = createFileRoute('/reading-list')({
  ...readingListSearch,
  component: ReadingListRoute,
})

function ReadingListRoute() {
  usePageReady()
  const search = Route.useSearch()
  const navigate = useSearchNavigate(Route)
  // A filter or sort replaces the view in place: one history entry for the list.
  const onSearchChange = (change: Partial<ReadingListSearch>) =>
    navigate({ ...search, ...change }, { replace: true })
  return <ReadingListPage search={search} onSearchChange={onSearchChange} />
}
