// The addresses `npm run build` writes as HTML files. They come from the content registry, so adding a career adds
// its pages; anything else is served the prerendered not-found page (404.html).
import type { Career } from '@/content/schema'

/** The path the not-found page is rendered at; it matches no route, so the root's not-found view shows. */
export const NOT_FOUND_PATH = '/404'

/** Every route the app has for the given careers, as the paths a browser would ask for. */
export function prerenderPaths(careers: readonly Pick<Career, 'id'>[]): string[] {
  const perCareer = careers.flatMap(({ id }) => {
    const base = `/careers/${encodeURIComponent(id)}`
    return [base, `${base}/salaries`, `${base}/day`]
  })
  return ['/', '/reading-list', ...perCareer]
}
