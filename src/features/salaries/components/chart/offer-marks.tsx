// How an offer shows on the chart: a line across every bar with its label, or, in hand, a tick on each bar.
import type { LabelProps } from 'recharts'
import type { SalaryRow } from '../../lib/rows'
import { CHART_MARGIN } from '../../lib/chart-layout'
import { HALO, INK } from './chart-style'

/**
 * The offer's in-hand pay in this place, as a dark tick across the bar. The bar spans [min, max] on a linear scale,
 * so the tick's position follows from the bar's own ends.
 */
export function OfferMark({
  row,
  offerInHand,
  x,
  y,
  width,
  height,
}: {
  row: SalaryRow
  offerInHand: number
  x: number
  y: number
  width: number
  height: number
}) {
  const span = row.max - row.min
  if (span <= 0 || width <= 0) return null
  const at = x + ((offerInHand - row.min) / span) * width
  // An edge in the page's colour keeps the tick distinct from the bar it crosses.
  return (
    <g className="salary-chart__offer-mark">
      <line x1={at} x2={at} y1={y - 4} y2={y + height + 4} stroke="var(--chart-halo)" strokeWidth={6} />
      <line x1={at} x2={at} y1={y - 4} y2={y + height + 4} stroke={INK} strokeWidth={3} />
    </g>
  )
}

/** The offer line's label, kept inside the chart: right-aligned when the line is in the right half. */
export function OfferLabel({ viewBox, text }: LabelProps & { text: string }) {
  if (!viewBox || !('x' in viewBox)) return null
  const { x = 0, y = 0 } = viewBox
  const rightHalf = x > CHART_MARGIN.left + 140
  return (
    <text
      x={rightHalf ? x - 4 : x + 4}
      y={y - 10}
      textAnchor={rightHalf ? 'end' : 'start'}
      fill={INK}
      fontSize={12}
      fontWeight={600}
      {...HALO}
    >
      {text}
    </text>
  )
}
