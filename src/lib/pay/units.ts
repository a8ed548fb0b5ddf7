// Lakh and rupees, a year and a month: the one place pay changes unit.
//
// The routes' search validation uses this module (with rounding.ts and limits.ts), so it is part of the entry chunk:
// numbers only, no formatting and no words.
import { toTheRupee } from './rounding'

export const RUPEES_PER_LAKH = 100_000
export const MONTHS_PER_YEAR = 12

/** What a figure is in: lakh a year, or rupees a month. */
export type PayUnit = 'year' | 'month'

/** The views the salary page's offer box is in: per year and in hand it holds lakh a year, per month rupees. */
export type OfferView = 'year' | 'month' | 'inhand'

export function offerUnit(view: OfferView): PayUnit {
  return view === 'month' ? 'month' : 'year'
}

/** Rupees as lakh (₹1,50,000 → 1.5), with no rounding. */
export function rupeesToLakh(rupees: number): number {
  return rupees / RUPEES_PER_LAKH
}

/** A figure in `unit` as lakh per year; a month is counted twelve times. */
export function toLakhPerYear(value: number, unit: PayUnit): number {
  return unit === 'month' ? (value * MONTHS_PER_YEAR) / RUPEES_PER_LAKH : value
}

/**
 * A yearly figure in lakh, expressed in `unit`: lakh per year as it is, or whole rupees per month (gross, ÷ 12).
 * Monthly figures are rounded to the rupee so that what is compared is what is shown.
 */
export function fromLakhPerYear(lakh: number, unit: PayUnit): number {
  if (unit === 'year') return lakh
  return Math.round((lakh * RUPEES_PER_LAKH) / MONTHS_PER_YEAR)
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
