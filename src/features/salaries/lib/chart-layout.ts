// The chart's geometry, shared by the chart and the placeholder that stands in for it while its code loads, so
// the page reserves exactly the height the chart will take and nothing moves when it arrives.
import type { SalaryUnit } from './search'
import { formatAmount } from './units'

/** Each place gets one band: its name and range on a line above, then the bar. */
export const CHART_ROW_HEIGHT = 54
export const CHART_BAR_SIZE = 18
/** Room above the first row for the offer line's label, and either side of the plot for the end ticks' labels. */
export const CHART_MARGIN = { top: 26, right: 40, bottom: 4, left: 18 } as const
export const CHART_X_AXIS_HEIGHT = 28

export function chartHeight(rowCount: number): number {
  return (
    CHART_MARGIN.top + Math.max(1, rowCount) * CHART_ROW_HEIGHT + CHART_X_AXIS_HEIGHT + CHART_MARGIN.bottom
  )
}

// Round steps for the value axis. At 360 px there is room for about six "₹50 L" labels or four "₹4,00,000" ones.
const RUPEE_STEPS = {
  steps: [
    1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000,
  ],
  maxIntervals: 3,
}
const STEPS: Record<SalaryUnit, { steps: number[]; maxIntervals: number }> = {
  year: { steps: [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500], maxIntervals: 5 },
  month: RUPEE_STEPS,
  inhand: RUPEE_STEPS,
}

/** The value axis: from zero (so bar lengths stay honest) to a round number at or above `maxValue`. */
export function valueAxis(maxValue: number, unit: SalaryUnit): { domain: [number, number]; ticks: number[] } {
  const { steps, maxIntervals } = STEPS[unit]
  const safeMax = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 1
  const step = steps.find((s) => Math.ceil(safeMax / s) <= maxIntervals) ?? Math.max(...steps)
  const intervals = Math.max(1, Math.ceil(safeMax / step))
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => i * step)
  return { domain: [0, intervals * step], ticks }
}

export function formatTick(value: number, unit: SalaryUnit): string {
  return formatAmount(value, unit)
}
