import { createFileRoute, notFound, useLocation } from '@tanstack/react-router'
import { CareerPage } from '@/features/career-page'
import { CareerNotFound } from '@/features/career-page/components/career-not-found'

export const Route = createFileRoute('/careers/$careerId/')({
  // Content loads with the first career route, not with the entry chunk.
  loader: async ({ params }) => {
    const { careerRegistry } = await import('@/content/registry')
    const career = careerRegistry.byId(params.careerId)
    if (!career) throw notFound()
    return { career }
  },
  component: CareerRoute,
  notFoundComponent: CareerNotFound,
})

function CareerRoute() {
  const { career } = Route.useLoaderData()
  const hash = useLocation({ select: (location) => location.hash })
  return <CareerPage career={career} targetId={hash} />
}
