// The page's three units in words: per year (₹ lakh, as the source gives it), per month (rupees: the yearly figure
// divided by 12, by the pay module's conversion, src/lib/pay/units.ts), or in hand per month (rupees: an estimate
// after tax, PF and professional tax; see take-home.ts).
import { formatLakh, formatLakhExact, formatLakhRange, formatRupees } from '@/lib/format-inr'
import type { SalaryUnit } from './search'
import { messages } from '@/lib/i18n/runtime'

/** "a year" / "a month", for sentences. */
export const perUnit = (unit: SalaryUnit): string => messages().salaries.perUnit[unit]

/** One amount already in `unit`: "₹12 L" or "₹1,00,000" (per month and in hand are both rupees). */
export function formatAmount(value: number, unit: SalaryUnit): string {
  return unit === 'year' ? formatLakh(value) : formatRupees(value)
}

/** An offer in `unit`, as typed: "₹12.755 L" to the rupee (not "₹12.8 L"), or "₹1,25,000". */
export function formatOffer(value: number, unit: SalaryUnit): string {
  return unit === 'month' ? formatRupees(value) : formatLakhExact(value)
}

/** A range already in `unit`: "₹12–22 L" or "₹1,00,000–₹1,83,333"; equal ends collapse to one figure. */
export function formatRange(min: number, max: number, unit: SalaryUnit): string {
  if (unit === 'year') return formatLakhRange(min, max)
  if (min === max) return formatRupees(min)
  return `${formatRupees(min)}–${formatRupees(max)}`
}
