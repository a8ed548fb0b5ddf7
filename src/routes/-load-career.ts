// The loader every /careers/$careerId/… route shares. Content loads with the first career route, not with the
// entry chunk; an unknown id is a not-found, which the route's notFoundComponent explains.
import { notFound } from '@tanstack/react-router'

export async function loadCareer({ params }: { params: { careerId: string } }) {
  const { careerRegistry } = await import('@/content/registry')
  const career = careerRegistry.byId(params.careerId)
  if (!career) throw notFound()
  return { career }
}
