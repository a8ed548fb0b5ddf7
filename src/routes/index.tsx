import { createFileRoute } from '@tanstack/react-router'
import { CatalogPage, type CatalogFilters } from '@/features/catalog'
import { catalogSearch } from '@/features/catalog/lib/search'
import { useSearchNavigate } from '@/lib/use-search-navigate'
import { usePageReady } from '@/app/hydration-handoff'

export const Route = createFileRoute('/')({
  ...catalogSearch,
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
  const navigate = useSearchNavigate(Route)
  // New filters start again from the first page.
  const onFiltersChange = (next: CatalogFilters, options: { replace: boolean }) =>
    navigate({ ...next, page: undefined }, options)
  return <CatalogPage view={view} filters={filters} onFiltersChange={onFiltersChange} />
}
