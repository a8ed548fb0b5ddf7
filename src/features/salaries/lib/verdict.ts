// Where an offer sits in a range, in words. Reading the offer box, its units and rounding are the pay module's
// (src/lib/pay). The offer stays in the browser: nothing here (or anywhere in the app) sends it over the network.
import { formatLakhExact, formatRupees } from '@/lib/format-inr'
import type { SalaryUnit } from './search'
import { fill, messages } from '@/lib/i18n/runtime'

export type Verdict =
  | { kind: 'below'; gap: number }
  /** `percent`: how far from the bottom to the top, 0–100; null when the range is a single figure. */
  | { kind: 'within'; percent: number | null }
  | { kind: 'above'; gap: number }

/**
 * Where an offer sits against one range, all three in the same unit. Both ends count as within. Returns null
 * for an offer that is not a finite number.
 */
export function offerVerdict(offer: number, min: number, max: number): Verdict | null {
  if (!Number.isFinite(offer) || !Number.isFinite(min) || !Number.isFinite(max)) return null
  const low = Math.min(min, max)
  const high = Math.max(min, max)
  if (offer < low) return { kind: 'below', gap: low - offer }
  if (offer > high) return { kind: 'above', gap: offer - high }
  if (low === high) return { kind: 'within', percent: null }
  return { kind: 'within', percent: Math.round(((offer - low) / (high - low)) * 100) }
}

/** "Within, 30% of the way up", "Below, by ₹5 L", "Above, by ₹1,000". */
export function describeVerdict(verdict: Verdict, unit: SalaryUnit): string {
  const amount = (gap: number) => (unit === 'year' ? formatLakhExact(gap) : formatRupees(gap))
  switch (verdict.kind) {
    case 'below':
      return fill(messages().salaries.verdict.below, { amount: amount(verdict.gap) })
    case 'above':
      return fill(messages().salaries.verdict.above, { amount: amount(verdict.gap) })
    case 'within':
      return verdict.percent === null
        ? messages().salaries.verdict.withinOne
        : fill(messages().salaries.verdict.within, { percent: verdict.percent })
  }
}
