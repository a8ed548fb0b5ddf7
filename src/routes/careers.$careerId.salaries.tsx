import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { CareerNotFound } from '@/features/career-page/components/career-not-found'
import { SalariesPage } from '@/features/salaries'
import { SEARCH_DEFAULTS, validateSalarySearch, type SalarySearch } from '@/features/salaries/lib/search'
import { loadCareer } from './-load-career'
import { usePageReady } from '@/lib/hydration-handoff'

export const Route = createFileRoute('/careers/$careerId/salaries')({
  // sort, unit and offer live in the address; defaults are left out of it.
  validateSearch: validateSalarySearch,
  search: { middlewares: [stripSearchParams(SEARCH_DEFAULTS)] },
  loader: loadCareer,
  component: SalariesRoute,
  notFoundComponent: CareerNotFound,
})

function SalariesRoute() {
  usePageReady()
  const { career } = Route.useLoaderData()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const onSearchChange = (next: SalarySearch, { replace }: { replace: boolean }) =>
    void navigate({ search: next, replace, resetScroll: false })
  return <SalariesPage career={career} search={search} onSearchChange={onSearchChange} />
}
