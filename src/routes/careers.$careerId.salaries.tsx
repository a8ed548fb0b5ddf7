import { createFileRoute, getRouteApi } from '@tanstack/react-router'
import { SalariesPage } from '@/features/salaries'
import { salarySearch } from '@/features/salaries/lib/search'
import { useSearchNavigate } from '@/lib/use-search-navigate'
import { usePageReady } from '@/app/hydration-handoff'

const careerRoute = getRouteApi('/careers/$careerId')

export const Route = createFileRoute('/careers/$careerId/salaries')({
  // sort, unit, offer, pf and working live in the address; defaults are left out of it.
  ...salarySearch,
  component: SalariesRoute,
})

function SalariesRoute() {
  usePageReady()
  const { career } = careerRoute.useLoaderData()
  const search = Route.useSearch()
  const onSearchChange = useSearchNavigate(Route)
  return <SalariesPage career={career} search={search} onSearchChange={onSearchChange} />
}
