import { useEffect, useRef } from 'react'

/**
 * Recharts' keyboard layer moves between bars with ← and →, but in a vertical layout it reads ← as "down the list".
 * Here ↓ and → go to the next place and ↑ and ← to the previous one (and the arrows no longer scroll the page
 * while the chart has focus): each press is handed on to recharts as the key it expects.
 */
export function useVerticalArrowKeys() {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const frame = ref.current
    if (!frame) return
    const forwarded = new WeakSet<Event>()
    const onKeyDown = (event: KeyboardEvent) => {
      if (forwarded.has(event)) return
      const direction = ARROWS[event.key]
      const surface = event.target
      if (!direction || !(surface instanceof SVGElement) || surface.getAttribute('role') !== 'application')
        return
      event.preventDefault()
      event.stopPropagation()
      const handOn = new KeyboardEvent('keydown', {
        key: direction === 'next' ? 'ArrowLeft' : 'ArrowRight',
        bubbles: true,
      })
      forwarded.add(handOn)
      surface.dispatchEvent(handOn)
    }
    frame.addEventListener('keydown', onKeyDown, { capture: true })
    return () => frame.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [])
  return ref
}

const ARROWS: Partial<Record<string, 'next' | 'previous'>> = {
  ArrowDown: 'next',
  ArrowRight: 'next',
  ArrowUp: 'previous',
  ArrowLeft: 'previous',
}
