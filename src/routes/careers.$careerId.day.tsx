import { createFileRoute, getRouteApi } from '@tanstack/react-router'
import { DayTimelinePage } from '@/features/day-timeline'
import { daySearch } from '@/features/day-timeline/lib/search'
import { SaveToggle } from '@/components/reading-list/save-toggle'
import { useSearchNavigate } from '@/lib/use-search-navigate'
import { usePageReady } from '@/app/hydration-handoff'

const careerRoute = getRouteApi('/careers/$careerId')

export const Route = createFileRoute('/careers/$careerId/day')({
  ...daySearch,
  component: DayRoute,
})

function DayRoute() {
  usePageReady()
  const { career } = careerRoute.useLoaderData()
  const search = Route.useSearch()
  const onSearchChange = useSearchNavigate(Route)
  return (
    <DayTimelinePage
      career={career}
      search={search}
      onSearchChange={onSearchChange}
      // Reading items here can be saved to the reading list, as on the career page.
      resourceAction={(resource) => (
        <SaveToggle
          item={{ careerId: career.id, kind: 'resource', itemId: resource.id, title: resource.title }}
        />
      )}
    />
  )
}
