import { useEffect, useRef, type RefObject } from 'react'

/**
 * Back and Forward change the filters under a control that keeps focus (a chip, the section picker). The browser
 * restores the old scroll offset while the sections above change height, so that control can end up off screen:
 * once the lists have caught up (`applied` changes), it is brought back into view. Focus stays on it — the reader's
 * place, and its pressed state shows what Back undid. If it is no longer shown (the phone's filter panel closed),
 * `fallback` (the filter panel's toggle) gets focus.
 */
export function useFocusInViewAfterHistory(
  pageRef: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
  applied: unknown,
) {
  const fromHistory = useRef(false)
  useEffect(() => {
    const onPopState = () => {
      fromHistory.current = true
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])
  useEffect(() => {
    if (!fromHistory.current) return
    fromHistory.current = false
    const frame = requestAnimationFrame(() => {
      const page = pageRef.current
      const focused = document.activeElement
      if (!page || !(focused instanceof HTMLElement) || !page.contains(focused)) return
      if (!focused.checkVisibility()) {
        fallback.current?.focus()
        return
      }
      const box = focused.getBoundingClientRect()
      if (box.top < 0 || box.bottom > window.innerHeight) focused.scrollIntoView({ block: 'center' })
    })
    return () => cancelAnimationFrame(frame)
  }, [pageRef, fallback, applied])
}
