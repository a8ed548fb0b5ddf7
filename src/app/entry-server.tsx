// Renders one address of the app to HTML at build time (scripts/build/render-pages.mjs calls it for every known path).
// TanStack Router's own SSR API: the same routes, loaders and components as the browser, and the router's state
// written into the page so the browser hydrates it instead of rendering it again.
import { RouterServer, createRequestHandler, renderRouterToString } from '@tanstack/react-router/ssr/server'
import { allCareers } from '@/content/all-careers'
import { contentFilesFor } from '@/content/content-files'
import type { SearchIndexFile } from '@/lib/content-search/index-files'
import { buildSearchIndex } from '@/lib/content-search/search-index'
import { NOT_FOUND_PATH, prerenderPaths } from './prerender-paths'
import { createAppRouter } from './router'

// For the build (scripts/build/): the not-found page's path, and each route's source file.
export { NOT_FOUND_PATH }
export { routeSources } from './route-sources'

export const paths = (): string[] => [...prerenderPaths(allCareers), NOT_FOUND_PATH]

/**
 * The content the browser fetches, as [path, JSON]: each career's own file (`/content/careers/<id>.json`) and the
 * catalog index with its card files, made from the career modules (src/content/content-files.ts). The build writes
 * them; the dev server serves them from memory (vite.config.ts).
 */
export const contentFiles = (): [string, string][] => contentFilesFor(allCareers)

export interface RenderedPage {
  status: number
  /** The app's markup, hoisted head tags first (title, meta, link), then the shell and the router's state. */
  html: string
  /** The route ids that rendered, root first: which code-split chunks the page needs. */
  routeIds: string[]
}

export async function render(path: string): Promise<RenderedPage> {
  const request = new Request(new URL(path, 'http://prerender.invalid'))
  let routeIds: string[] = []
  const handler = createRequestHandler({ request, createRouter: () => createAppRouter() })
  const response = await handler(({ responseHeaders, router }) => {
    routeIds = router.state.matches.map((match) => match.routeId)
    return renderRouterToString({ responseHeaders, router, children: <RouterServer router={router} /> })
  })
  const html = (await response.text()).replace(/^<!DOCTYPE html>/i, '')
  return { status: response.status, html, routeIds }
}

/** The header search's index (search/words/*.json, search/careers/*.json), written beside the pages. */
export async function searchIndexFiles(): Promise<SearchIndexFile[]> {
  // Every career, in the catalog's order; a career's number in the index is its place here.
  const careers = allCareers
  return buildSearchIndex(careers)
}
