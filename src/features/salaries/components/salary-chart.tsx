// The range chart: one floating bar per place, from the bottom to the top of its range. Loaded on its own (with
// recharts) after the rest of the page has painted; the table below holds the same figures for everyone.
import { useEffect, useRef } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  useChartWidth,
  type BarShapeProps,
  type LabelProps,
  type TooltipContentProps,
} from 'recharts'
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent'
import { describeVerdict } from '../lib/verdict'
import type { SalaryRow } from '../lib/rows'
import { CHART_BAR_SIZE, CHART_MARGIN, formatTick, valueAxis } from '../lib/chart-layout'
import type { SalaryUnit } from '../lib/search'
import { formatAmount, formatOffer, PER_UNIT } from '../lib/units'

export interface SalaryChartProps {
  rows: SalaryRow[]
  unit: SalaryUnit
  /** The offer in `unit`, already validated. */
  offer?: number | undefined
  /** The chart's accessible name. */
  title: string
  reducedMotion: boolean
}

// The chart's colours are the design tokens (src/tokens.css), so they follow the theme.
const INK = 'var(--chart-ink)'
const BAR = 'var(--chart-bar)'
const AXIS = 'var(--chart-axis)'
const HATCH_ID = 'salary-remote-hatch'
/** A page-coloured outline under text, so labels stay readable where the offer line crosses them. */
const HALO = {
  stroke: 'var(--chart-halo)',
  strokeWidth: 4,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const

export default function SalaryChart({ rows, unit, offer, title, reducedMotion }: SalaryChartProps) {
  // In hand, the offer is a mark on each bar (what it leaves in hand differs by place), not one line.
  const maxValue = Math.max(...rows.map((row) => Math.max(row.max, row.offerInHand ?? 0)), offer ?? 0)
  const { domain, ticks } = valueAxis(maxValue, unit)
  // Remote / international is its own group, below the Indian places, with a dashed rule between them.
  const firstRemote = rows.find((row) => row.group === 'remote')
  const remoteRule = firstRemote && rows[0] !== firstRemote ? firstRemote.id : undefined
  const byId = new Map(rows.map((row) => [row.id, row]))
  const frameRef = useVerticalArrowKeys()

  return (
    <div ref={frameRef} className="salary-chart">
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={CHART_MARGIN}
        accessibilityLayer
        title={title}
      >
        <defs>
          {/* Remote / international is hatched as well as grouped apart: never told by colour alone. */}
          <pattern
            id={HATCH_ID}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="var(--chart-hatch-gap)" />
            <rect width="3" height="6" fill={BAR} />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
          interval={0}
          tickFormatter={(value: number) => formatTick(value, unit)}
          tick={{ fill: AXIS, fontSize: 12 }}
          stroke={AXIS}
          allowDecimals
        />
        <YAxis type="category" dataKey="id" hide />
        <Tooltip
          content={(props: TooltipContentProps<ValueType, NameType>) => (
            <RangeTooltip
              {...props}
              byId={byId}
              unit={unit}
              hasOffer={offer !== undefined || rows.some((row) => row.offerInHand !== undefined)}
            />
          )}
          cursor={{ fill: 'var(--chart-cursor)' }}
          isAnimationActive={!reducedMotion}
        />
        {remoteRule && (
          <ReferenceLine
            className="salary-chart__group-rule"
            y={remoteRule}
            position="start"
            stroke={INK}
            strokeDasharray="6 4"
            ifOverflow="visible"
          />
        )}
        <Bar
          dataKey="range"
          barSize={CHART_BAR_SIZE}
          isAnimationActive={!reducedMotion}
          shape={(props: BarShapeProps) => <RangeBar {...props} row={rows[props.index]} />}
          // The bar under the keyboard or pointer gets a thick outline, on top of the highlighted row.
          activeBar={(props: BarShapeProps) => <RangeBar {...props} row={rows[props.index]} isActive />}
        />
        {offer !== undefined && (
          <ReferenceLine
            className="salary-chart__offer"
            x={offer}
            // Behind the bars (z 300) and the place labels they carry, so the line never strikes through text.
            zIndex={250}
            stroke={INK}
            strokeWidth={2}
            strokeDasharray="4 3"
            ifOverflow="extendDomain"
            label={(props: LabelProps) => (
              <OfferLabel {...props} text={`Your offer ${formatOffer(offer, unit)}`} />
            )}
          />
        )}
      </BarChart>
    </div>
  )
}

/** A bar, with its place and range written on a line above it (so long names never collide at 360 px). */
function RangeBar(props: BarShapeProps & { row: SalaryRow | undefined }) {
  const { x, y, width, height, row, isActive } = props
  const chartWidth = useChartWidth() ?? 0
  if (!row) return null
  const remote = row.group === 'remote'
  // On a narrow screen a long place and a monthly range may not fit on one line: squeeze the line, never clip it.
  const needed = textWidth(row.place, 'bold') + LABEL_GAP + textWidth(row.label, 'regular')
  const fits = needed <= chartWidth - LABEL_X
  return (
    <g className="salary-chart__row">
      <text
        x={LABEL_X}
        y={y - 7}
        fill={INK}
        fontSize={LABEL_SIZE}
        {...HALO}
        {...(fits ? {} : { textLength: chartWidth - LABEL_X, lengthAdjust: 'spacingAndGlyphs' })}
      >
        <tspan fontWeight={LABEL_WEIGHT.bold}>{row.place}</tspan>
        <tspan dx={LABEL_GAP}>{row.label}</tspan>
      </text>
      <rect
        x={x}
        y={y}
        width={Math.max(width, 2)}
        height={height}
        rx={3}
        fill={remote ? `url(#${HATCH_ID})` : BAR}
        stroke={isActive ? 'var(--chart-active)' : BAR}
        strokeWidth={isActive ? 3 : 1.5}
      />
      {row.offerInHand !== undefined && (
        <OfferMark row={row} offerInHand={row.offerInHand} x={x} y={y} width={width} height={height} />
      )}
    </g>
  )
}

/**
 * The offer's in-hand pay in this place, as a dark tick across the bar. The bar spans [min, max] on a linear scale,
 * so the tick's position follows from the bar's own ends.
 */
function OfferMark({
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

const LABEL_X = 0
const LABEL_GAP = 8
const LABEL_SIZE = 12.5
const LABEL_WEIGHT = { regular: 400, bold: 600 } as const

let measuring: CanvasRenderingContext2D | null | undefined
/** The rendered width of a label in the page's font, measured in a canvas (0 where canvas is unavailable). */
function textWidth(text: string, weight: keyof typeof LABEL_WEIGHT): number {
  measuring ??= document.createElement('canvas').getContext('2d')
  if (!measuring) return 0
  measuring.font = `${LABEL_WEIGHT[weight]} ${LABEL_SIZE}px ${getComputedStyle(document.documentElement).fontFamily}`
  return measuring.measureText(text).width
}

/** The offer line's label, kept inside the chart: right-aligned when the line is in the right half. */
function OfferLabel({ viewBox, text }: LabelProps & { text: string }) {
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

/** The tooltip: the place, its formatted range and, with an offer, where the offer sits. */
function RangeTooltip({
  active,
  label,
  byId,
  unit,
  hasOffer,
}: TooltipContentProps<ValueType, NameType> & {
  byId: Map<string, SalaryRow>
  unit: SalaryUnit
  hasOffer: boolean
}) {
  const row = label === undefined ? undefined : byId.get(String(label))
  if (!active || !row) return null
  return (
    <div className="chart-tooltip" role="status">
      <p className="chart-tooltip__place">{row.place}</p>
      <p>
        {row.label} {PER_UNIT[unit]}
      </p>
      {hasOffer && row.verdict && (
        <p>
          Your offer
          {row.offerInHand === undefined ? '' : ` (${formatAmount(row.offerInHand, unit)} in hand)`}:{' '}
          {describeVerdict(row.verdict, unit)}
        </p>
      )}
    </div>
  )
}

/**
 * Recharts' keyboard layer moves between bars with ← and →, but in a vertical layout it reads ← as "down the list".
 * Here ↓ and → go to the next place and ↑ and ← to the previous one (and the arrows no longer scroll the page
 * while the chart has focus): each press is handed on to recharts as the key it expects.
 */
function useVerticalArrowKeys() {
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
