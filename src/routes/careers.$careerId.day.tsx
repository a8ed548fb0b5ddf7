import { useCallback } from 'react'
import { createFileRoute } from '@tanstack/react-router'
import { DayTimelinePage, type DaySearchChange, type RawDaySearch } from '@/features/day-timeline'
import { SaveToggle } from '@/components/reading-list/save-toggle'
import { CareerNotFound } from '@/features/career-page/components/career-not-found'
import { loadCareer } from './-load-career'
import { usePageReady } from '@/lib/hydration-handoff'

export const Route = createFileRoute('/careers/$careerId/day')({
  // Only picks the timeline's two params out of the URL. The page validates them (zod/mini, in its own chunk), so
  // no validation library lands in the entry chunk that every first visit downloads.
  validateSearch: (search: Record<string, unknown>): RawDaySearch => ({
    ...(search.step !== undefined && { step: search.step }),
    ...(search.kind !== undefined && { kind: search.kind }),
  }),
  loader: loadCareer,
  component: DayRoute,
  notFoundComponent: CareerNotFound,
})

function DayRoute() {
  usePageReady()
  const { career } = Route.useLoaderData()
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
