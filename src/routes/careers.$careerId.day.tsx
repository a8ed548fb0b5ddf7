import { useCallback } from 'react'
import { createFileRoute, getRouteApi } from '@tanstack/react-router'
import { DayTimelinePage, type DaySearchChange, type RawDaySearch } from '@/features/day-timeline'
import { SaveToggle } from '@/components/reading-list/save-toggle'
import { usePageReady } from '@/app/hydration-handoff'

const careerRoute = getRouteApi('/careers/$careerId')

export const Route = createFileRoute('/careers/$careerId/day')({
  // Only picks the timeline's two params out of the URL. The page validates them (zod/mini, in its own chunk), so
  // no validation library lands in the entry chunk that every first visit downloads.
  validateSearch: (search: Record<string, unknown>): RawDaySearch => ({
    ...(search.step !== undefined && { step: search.step }),
    ...(search.kind !== undefined && { kind: search.kind }),
  }),
  component: DayRoute,
})

function DayRoute() {
  usePageReady()
  const { career } = careerRoute.useLoaderData()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const onSearchChange = useCallback<DaySearchChange>(
    // The page's own controls change the view: keep the scroll position and the focus where they are.
    (next, { replace }) => void navigate({ search: next, replace, resetScroll: false }),
    [navigate],
  )
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
