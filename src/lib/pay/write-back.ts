// What a box shows for an amount: the text written back into it (from the address, or after a unit switch), and
// the same amount in the box's new unit. Loads with the pages that have a box, not in the entry chunk.
import { toTheRupee } from './rounding'
import { fromLakhPerYear, toLakhPerYear, type PayUnit } from './units'

/** How a figure is written back into a box: to the rupee, no grouping ("12.755", "125000"). */
export function boxText(value: number, unit: PayUnit): string {
  return String(toTheRupee(value, unit))
}

/**
 * The same pay in another unit, to the rupee (15 L a year ⇄ ₹1,25,000 a month; 15.555 L ⇄ ₹1,29,625). A month is
 * whole rupees, so a yearly figure that does not divide by 12 comes back within ₹6 a year.
 */
export function convertPay(value: number, from: PayUnit, to: PayUnit): number {
  if (from === to) return value
  const lakh = toLakhPerYear(value, from)
  return to === 'month' ? fromLakhPerYear(lakh, 'month') : toTheRupee(lakh, 'year')
}
