import { useCallback } from 'react'
import { useNavigate, type AnyRoute } from '@tanstack/react-router'

/** How a page changes its own view: new search params, replacing the history entry or pushing one. */
export type SearchChange<TSearch> = (search: TSearch, options: { replace: boolean }) => void

/**
 * The search-param change for a route's page. The page's own controls change the view, so the scroll position and
 * the focus stay where they are. The route's search definition (src/lib/search-params.ts) validates the new params
 * and leaves defaults out of the address.
 */
export function useSearchNavigate<TRoute extends AnyRoute>(
  route: TRoute,
): SearchChange<TRoute['types']['searchSchemaInput']> {
  const navigate = useNavigate({ from: route.fullPath })
  return useCallback(
    (search, { replace }) => void navigate({ search, replace, resetScroll: false }),
    [navigate],
  )
}
