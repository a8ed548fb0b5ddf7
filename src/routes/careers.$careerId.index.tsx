import { createFileRoute, getRouteApi, useLocation, useRouter } from '@tanstack/react-router'
import { CareerPage } from '@/features/career-page'
import type { FiltersChange } from '@/features/career-page/components/filter-bar'
import { parseCareerFilters } from '@/features/career-page/lib/filter-search'
import { usePageReady } from '@/app/hydration-handoff'

const careerRoute = getRouteApi('/careers/$careerId')

export const Route = createFileRoute('/careers/$careerId/')({
  validateSearch: parseCareerFilters,
  component: CareerRoute,
})

function CareerRoute() {
  usePageReady()
  const { career } = careerRoute.useLoaderData()
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
