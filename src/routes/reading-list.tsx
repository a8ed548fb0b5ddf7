import { createFileRoute } from '@tanstack/react-router'
import { ReadingListPage } from '@/features/reading-list'
import { parseReadingListSearch, type ReadingListSearch } from '@/features/reading-list/lib/search'
import { usePageReady } from '@/lib/hydration-handoff'

export const Route = createFileRoute('/reading-list')({
  validateSearch: parseReadingListSearch,
  // Content loads with the page (titles, authors, what each item is), not with the entry chunk.
  loader: async () => {
    const { careerRegistry } = await import('@/content/registry')
    return { careers: careerRegistry.list() }
  },
  component: ReadingListRoute,
})

function ReadingListRoute() {
  usePageReady()
  const { careers } = Route.useLoaderData()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const onSearchChange = (change: Partial<ReadingListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true })
  return <ReadingListPage careers={careers} search={search} onSearchChange={onSearchChange} />
}
