import { createFileRoute, useLocation, useRouter } from '@tanstack/react-router'
import { CareerPage } from '@/features/career-page'
import type { FiltersChange } from '@/features/career-page/components/filter-bar'
import { CareerNotFound } from '@/features/career-page/components/career-not-found'
import { parseCareerFilters } from '@/features/career-page/lib/filter-search'
import { loadCareer } from './-load-career'
import { usePageReady } from '@/lib/hydration-handoff'

export const Route = createFileRoute('/careers/$careerId/')({
  validateSearch: parseCareerFilters,
  loader: loadCareer,
  // Bundled content never goes stale: changing filters must not reload it.
  staleTime: Infinity,
  component: CareerRoute,
  notFoundComponent: CareerNotFound,
})

function CareerRoute() {
  usePageReady()
  const { career } = Route.useLoaderData()
  const filters = Route.useSearch()
  const hash = useLocation({ select: (location) => location.hash })
  const navKey = useLocation({ select: (location) => location.state.__TSR_key ?? location.href })
  const navigate = Route.useNavigate()
  const router = useRouter()
  const params = Route.useParams()
  const onFiltersChange: FiltersChange = (next, { replace }) =>
    void navigate({ search: next, replace, resetScroll: false })
  const shareUrl = (search: typeof filters) =>
    new URL(router.buildLocation({ to: '/careers/$careerId', params, search }).href, window.location.origin)
      .href
  return (
    <CareerPage
      career={career}
      targetId={hash}
      navKey={navKey}
      filters={filters}
      onFiltersChange={onFiltersChange}
      shareUrl={shareUrl}
    />
  )
}
