// Pay is kept to the rupee: the one rule for rounding it, and for writing it back into a box. Part of the entry
// chunk (the routes' search validation rounds an offer from the address): numbers only.
import type { PayUnit } from './units'

/** Lakh are kept to the rupee: five decimals. */
const LAKH_DECIMALS = 5
const LAKH_FACTOR = 10 ** LAKH_DECIMALS

/** Pay as the app keeps it, to the rupee: lakh to five decimals (12.755 stays 12.755), a month in whole rupees. */
export function toTheRupee(value: number, unit: PayUnit): number {
  if (unit === 'month') return Math.round(value)
  return Math.round(value * LAKH_FACTOR) / LAKH_FACTOR
}

/** How a figure is written back into a box: to the rupee, no grouping ("12.755", "125000"). */
export function boxText(value: number, unit: PayUnit): string {
  return String(toTheRupee(value, unit))
}
