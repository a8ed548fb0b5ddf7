import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import type { ContentFilters } from '@/lib/content-search/filter'
import { TYPING_PAUSE_MS, useUrlText } from '@/lib/use-url-text'
import type { FiltersChange } from '../components/filter-bar'

/**
 * The career page's filters between the page and its address. The query box is the page's own state, so a keystroke
 * never waits for a navigation: it follows the address when that changes by other means (Back, a shared link, Clear
 * all), and is written to it once typing pauses. Chips, the section picker and Clear all push a history entry, after
 * writing any query still waiting, so Back returns to it.
 */
export function useFiltersInUrl(filters: ContentFilters, onFiltersChange: FiltersChange) {
  // The latest props, for callbacks that outlive a render (the typing pause, memoized sections).
  const latest = useRef({ filters, onFiltersChange })
  useLayoutEffect(() => {
    latest.current = { filters, onFiltersChange }
  })
  const queryBox = useUrlText({
    value: filters.q,
    textFor: (q) => q ?? '',
    parse: (text) => text.trim() || undefined,
    write: (q) => latest.current.onFiltersChange({ ...latest.current.filters, q }, { replace: true }),
    delayMs: TYPING_PAUSE_MS,
  })
  /** The filters on screen: the address's, with the query as typed. */
  const current = useMemo(() => ({ ...filters, q: queryBox.typed }), [filters, queryBox.typed])
  const currentRef = useRef(current)
  useLayoutEffect(() => {
    currentRef.current = current
  })

  const { flush } = queryBox
  const pushFilters = useCallback<FiltersChange>(
    (next, options) => {
      if (!options.replace) flush()
      latest.current.onFiltersChange(next, options)
    },
    [flush],
  )
  /** Applies a change to the filters on screen (a facet chip); stable, so the sections stay memoized. */
  const patchFilters = useCallback(
    (patch: ContentFilters) => pushFilters({ ...currentRef.current, ...patch }, { replace: false }),
    [pushFilters],
  )
  return { current, query: queryBox.text, setQuery: queryBox.setText, pushFilters, patchFilters }
}
