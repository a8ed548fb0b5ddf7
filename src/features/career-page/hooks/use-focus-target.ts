import { useEffect, useRef } from 'react'
import { focusTarget } from '@/lib/focus-target'

/**
 * `#resources-fluent-python` (from search, a cross-link or the contents list): scroll to that item or section,
 * mark it, and move keyboard focus to it so the next Tab continues from there. Once per navigation (`navKey`), so
 * choosing the same item again works too; and only once the item is on the page, since the lists may still be
 * catching up with the filters (`ready` changes when they do).
 */
export function useFocusTarget(targetId: string, navKey: string, ready: unknown) {
  const handled = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (!targetId || handled.current === navKey) return
    if (focusTarget(targetId)) handled.current = navKey
  }, [targetId, navKey, ready])
}
