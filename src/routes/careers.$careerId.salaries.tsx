import { createFileRoute, getRouteApi, stripSearchParams } from '@tanstack/react-router'
import { SalariesPage } from '@/features/salaries'
import { SEARCH_DEFAULTS, validateSalarySearch, type SalarySearch } from '@/features/salaries/lib/search'
import { usePageReady } from '@/app/hydration-handoff'

const careerRoute = getRouteApi('/careers/$careerId')

export const Route = createFileRoute('/careers/$careerId/salaries')({
  // sort, unit and offer live in the address; defaults are left out of it.
  validateSearch: validateSalarySearch,
  search: { middlewares: [stripSearchParams(SEARCH_DEFAULTS)] },
  component: SalariesRoute,
})

function SalariesRoute() {
  usePageReady()
  const { career } = careerRoute.useLoaderData()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const onSearchChange = (next: SalarySearch, { replace }: { replace: boolean }) =>
    void navigate({ search: next, replace, resetScroll: false })
  return <SalariesPage career={career} search={search} onSearchChange={onSearchChange} />
}
