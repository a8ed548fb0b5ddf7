import { createFileRoute } from '@tanstack/react-router'
import { CatalogPage } from '@/features/catalog'
import { parseCatalogSearch } from '@/features/catalog/lib/catalog-search'
import type { CatalogFilters } from '@/features/catalog/lib/filter-catalog'
import { usePageReady } from '@/lib/hydration-handoff'

export const Route = createFileRoute('/')({
  validateSearch: parseCatalogSearch,
  component: CatalogRoute,
})

function CatalogRoute() {
  usePageReady()
  const filters = Route.useSearch()
  const navigate = Route.useNavigate()
  const onFiltersChange = (next: CatalogFilters, { replace }: { replace: boolean }) =>
    void navigate({ search: next, replace, resetScroll: false })
  return <CatalogPage filters={filters} onFiltersChange={onFiltersChange} />
}
