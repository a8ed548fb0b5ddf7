// Focus that moves after the render that shows (or hides) its target, so it never falls to the page body.
import { useCallback, useEffect, useRef } from 'react'
import { focusPageHeading } from '@/lib/focus-target'

/**
 * Returns `focusNext(target)`: after the next render, `find(target)` is focused, or the page heading when it finds
 * nothing (the target has gone).
 */
export function useFocusAfterRender<T>(find: (target: T) => HTMLElement | null | undefined) {
  const next = useRef<T | null>(null)
  useEffect(() => {
    const target = next.current
    next.current = null
    if (target === null) return
    const element = find(target)
    if (element) element.focus()
    else focusPageHeading()
  })
  return useCallback((target: T) => {
    next.current = target
  }, [])
}
