import { createFileRoute } from '@tanstack/react-router'
import { CatalogPage } from '@/features/catalog'
import { parseCatalogSearch } from '@/features/catalog/lib/catalog-search'
import type { CatalogFilters } from '@/features/catalog/lib/filter-catalog'
import { usePageReady } from '@/app/hydration-handoff'

export const Route = createFileRoute('/')({
  validateSearch: parseCatalogSearch,
  loaderDeps: ({ search }) => search,
  // The catalog index loads with the first filter or page change; the prerendered first page holds its own cards.
  loader: async ({ deps }) => {
    const { loadCatalogView } = await import('@/features/catalog/lib/catalog-view')
    return loadCatalogView(deps)
  },
  staleTime: Infinity,
  component: CatalogRoute,
})

function CatalogRoute() {
  usePageReady()
  const view = Route.useLoaderData()
  const filters = Route.useSearch()
  const navigate = Route.useNavigate()
  // New filters start again from the first page.
  const onFiltersChange = (next: CatalogFilters, { replace }: { replace: boolean }) =>
    void navigate({ search: { ...next, page: undefined }, replace, resetScroll: false })
  return <CatalogPage view={view} filters={filters} onFiltersChange={onFiltersChange} />
}
