import { createFileRoute } from '@tanstack/react-router'
import { ReadingListPage } from '@/features/reading-list'
import { parseReadingListSearch, type ReadingListSearch } from '@/features/reading-list/lib/search'
import { usePageReady } from '@/app/hydration-handoff'

export const Route = createFileRoute('/reading-list')({
  validateSearch: parseReadingListSearch,
  component: ReadingListRoute,
})

function ReadingListRoute() {
  usePageReady()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const onSearchChange = (change: Partial<ReadingListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true })
  return <ReadingListPage search={search} onSearchChange={onSearchChange} />
}
