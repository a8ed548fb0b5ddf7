import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { chartHeight } from '../lib/chart-layout'
import type { SalaryChartProps } from './salary-chart'

// recharts is big (about 120 kB compressed, and hundreds of milliseconds of work on a slow phone): it loads with this
// component only, after the heading, summary, controls and table have painted.
const SalaryChart = lazy(() => import('./salary-chart'))

/**
 * Reserves the chart's exact height up front, so nothing on the page moves when the chart arrives. On a phone the
 * chart sits below the controls, out of view: its code is fetched when it comes into view or at the first sign of
 * use (a scroll, a tap, a key, focus moving), so reading the summary or typing an offer is never held up by it.
 */
export function SalaryChartFrame(props: SalaryChartProps) {
  const frameRef = useRef<HTMLDivElement>(null)
  const wanted = useWhenNeeded(frameRef)
  return (
    <div ref={frameRef} className="chart-frame" style={{ height: chartHeight(props.rows.length) }}>
      {wanted ? (
        <Suspense fallback={<Placeholder />}>
          <SalaryChart {...props} />
        </Suspense>
      ) : (
        <Placeholder />
      )}
    </div>
  )
}

function Placeholder() {
  return <p className="chart-frame__placeholder">Loading the chart…</p>
}

const INTENT_EVENTS = ['scroll', 'pointerdown', 'keydown', 'focusin', 'wheel', 'touchstart'] as const

/** Becomes true, once, when the element is in view or the person starts using the page. */
function useWhenNeeded(ref: React.RefObject<HTMLElement | null>): boolean {
  const [needed, setNeeded] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (needed || !element) return
    const need = () => setNeeded(true)
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) need()
    })
    observer.observe(element)
    const options = { capture: true, passive: true, once: true } as const
    for (const type of INTENT_EVENTS) window.addEventListener(type, need, options)
    return () => {
      observer.disconnect()
      for (const type of INTENT_EVENTS) window.removeEventListener(type, need, options)
    }
  }, [ref, needed])
  return needed
}
