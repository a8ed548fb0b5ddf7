import { useEffect, useRef, useState, type ComponentType } from 'react'
import { chartHeight } from '../lib/chart-layout'
import type { SalaryChartProps } from './salary-chart'
import { messages } from '@/lib/i18n/runtime'

type ChartLoad =
  { status: 'waiting' | 'loading' | 'failed' } | { status: 'ready'; Chart: ComponentType<SalaryChartProps> }

/**
 * Reserves the chart's exact height up front, so nothing on the page moves when the chart arrives. recharts is big
 * (about 120 kB compressed, and hundreds of milliseconds of work on a slow phone), so it loads with this component
 * only, after the heading, summary, controls and table have painted. On a phone the chart sits below the controls,
 * out of view: its code is fetched when it comes into view or at the first sign of use (a scroll, a tap, a key,
 * focus moving), so reading the summary or typing an offer is never held up by it. If the download fails (a
 * dropped connection), only the chart is missing: the table has the same figures, and the chart can be retried.
 */
export function SalaryChartFrame(props: SalaryChartProps) {
  const frameRef = useRef<HTMLDivElement>(null)
  const wanted = useWhenNeeded(frameRef)
  const [load, setLoad] = useState<ChartLoad>({ status: 'waiting' })

  useEffect(() => {
    if (!wanted || load.status !== 'waiting') return
    let current = true
    import('./salary-chart').then(
      (module) => current && setLoad({ status: 'ready', Chart: module.default }),
      () => current && setLoad({ status: 'failed' }),
    )
    return () => {
      current = false
    }
  }, [wanted, load.status])

  return (
    <div ref={frameRef} className="chart-frame" style={{ height: chartHeight(props.rows.length) }}>
      {load.status === 'ready' ? (
        <load.Chart {...props} />
      ) : load.status === 'failed' ? (
        <div className="chart-frame__placeholder" role="alert">
          <p>{messages().salaries.chartFailed}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setLoad({ status: 'waiting' })}
          >
            {messages().salaries.chartRetry}
          </button>
        </div>
      ) : (
        <Placeholder />
      )}
    </div>
  )
}

function Placeholder() {
  return <p className="chart-frame__placeholder">{messages().salaries.chartLoading}</p>
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
