import { createFileRoute, getRouteApi, useLocation, useRouter } from '@tanstack/react-router'
import { CareerPage } from '@/features/career-page'
import { careerPageSearch } from '@/features/career-page/lib/search'
import { useSearchNavigate } from '@/lib/use-search-navigate'
import { usePageReady } from '@/app/hydration-handoff'

const careerRoute = getRouteApi('/careers/$careerId')

export const Route = createFileRoute('/careers/$careerId/')({
  ...careerPageSearch,
  component: CareerRoute,
})

function CareerRoute() {
  usePageReady()
  const { career } = careerRoute.useLoaderData()
  const filters = Route.useSearch()
  const hash = useLocation({ select: (location) => location.hash })
  const navKey = useLocation({ select: (location) => location.state.__TSR_key ?? location.href })
  const onFiltersChange = useSearchNavigate(Route)
  const router = useRouter()
  const params = Route.useParams()
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
