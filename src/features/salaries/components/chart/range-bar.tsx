import { contentLang } from '@/components/in-english'
import { useChartWidth, type BarShapeProps } from 'recharts'
import type { SalaryRow } from '../../lib/rows'
import { BAR, HALO, HATCH_ID, INK } from './chart-style'
import { OfferMark } from './offer-marks'
import { LABEL_GAP, LABEL_SIZE, LABEL_WEIGHT, LABEL_X, textWidth } from './text-width'

/** A bar, with its place and range written on a line above it (so long names never collide at 360 px). */
export function RangeBar(props: BarShapeProps & { row: SalaryRow | undefined }) {
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
        <tspan fontWeight={LABEL_WEIGHT.bold} lang={contentLang()}>
          {row.place}
        </tspan>
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
