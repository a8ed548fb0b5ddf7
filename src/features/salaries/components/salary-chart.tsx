// The range chart: one floating bar per place, from the bottom to the top of its range. Loaded on its own (with
// recharts) after the rest of the page has painted; the table below holds the same figures for everyone.
import { fill, messages } from '@/lib/i18n/runtime'
import { useCallback, useEffect, useRef } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
  type TooltipContentProps,
} from 'recharts'
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent'
import type { SalaryRow } from '../lib/rows'
import { CHART_BAR_SIZE, CHART_MARGIN, formatTick, valueAxis } from '../lib/chart-layout'
import type { SalaryUnit } from '../lib/search'
import { formatOffer } from '../lib/units'
import { AXIS, BAR, HATCH_ID, INK } from './chart/chart-style'
import { OfferLabel } from './chart/offer-marks'
import { RangeBar } from './chart/range-bar'
import { RangeTooltip } from './chart/range-tooltip'
import { useVerticalArrowKeys } from './chart/use-vertical-arrow-keys'

export interface SalaryChartProps {
  rows: SalaryRow[]
  unit: SalaryUnit
  /** The offer in `unit`, already validated. */
  offer?: number | undefined
  /** The chart's accessible name. */
  title: string
  reducedMotion: boolean
}

export default function SalaryChart({ rows, unit, offer, title, reducedMotion }: SalaryChartProps) {
  // In hand, the offer is a mark on each bar (what it leaves in hand differs by place), not one line.
  const maxValue = Math.max(...rows.map((row) => Math.max(row.max, row.offerInHand ?? 0)), offer ?? 0)
  const { domain, ticks } = valueAxis(maxValue, unit)
  // Remote / international is its own group, below the Indian places, with a dashed rule between them.
  const firstRemote = rows.find((row) => row.group === 'remote')
  const remoteRule = firstRemote && rows[0] !== firstRemote ? firstRemote.id : undefined
  const byId = new Map(rows.map((row) => [row.id, row]))
  const frameRef = useVerticalArrowKeys()
  // The chart's one live region: the place the keyboard or pointer is on, in words (the tooltip is for the eye).
  // Written directly, so a move between bars does not render the whole chart again.
  const regionRef = useRef<HTMLParagraphElement>(null)
  const announce = useCallback((text: string) => {
    if (regionRef.current && regionRef.current.textContent !== text) regionRef.current.textContent = text
  }, [])
  // Escape or leaving the chart hides the tooltip (recharts keeps its content): the region falls silent too.
  useEffect(() => {
    const frame = frameRef.current
    if (!frame) return
    const onKeyDown = (event: KeyboardEvent) => event.key === 'Escape' && announce('')
    const onFocusOut = () => announce('')
    frame.addEventListener('keydown', onKeyDown)
    frame.addEventListener('focusout', onFocusOut)
    return () => {
      frame.removeEventListener('keydown', onKeyDown)
      frame.removeEventListener('focusout', onFocusOut)
    }
  }, [frameRef, announce])

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
              announce={announce}
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
              <OfferLabel
                {...props}
                text={fill(messages().salaries.offerOnChart, { amount: formatOffer(offer, unit) })}
              />
            )}
          />
        )}
      </BarChart>
      <p ref={regionRef} className="visually-hidden" role="status" />
    </div>
  )
}
