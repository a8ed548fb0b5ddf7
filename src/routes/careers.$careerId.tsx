import { createFileRoute, notFound } from '@tanstack/react-router'
import { CareerNotFound } from '@/components/layout/career-not-found'

// Every /careers/$careerId/… page: the career loads once here (its own content only, not the other careers'), an
// unknown id is a not-found, and switching between its pages or changing a page's filters never reloads it.
export const Route = createFileRoute('/careers/$careerId')({
  loader: async ({ params }) => {
    // The registry fetches each career once a visit, for these pages and the reading list alike.
    const { loadCareer } = await import('@/content/registry')
    const career = await loadCareer(params.careerId)
    if (!career) throw notFound()
    return { career }
  },
  // Bundled content never goes stale within a visit.
  staleTime: Infinity,
  notFoundComponent: CareerNotFound,
})
