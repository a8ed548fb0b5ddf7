// Lakh and rupees, a year and a month: the one place pay changes unit.
//
// The routes' search validation uses this module (through limits.ts and rounding.ts), so it is part of the entry chunk:
// numbers only, no formatting and no words.

export const RUPEES_PER_LAKH = 100_000
export const MONTHS_PER_YEAR = 12

/** What a figure is in: lakh a year, or rupees a month. */
export type PayUnit = 'year' | 'month'

/** The views the salary page's offer box is in: per year and in hand it holds lakh a year, per month rupees. */
export type OfferView = 'year' | 'month' | 'inhand'

export function offerUnit(view: OfferView): PayUnit {
  return view === 'month' ? 'month' : 'year'
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
  return unit === 'month' ? Math.round((lakh * RUPEES_PER_LAKH) / MONTHS_PER_YEAR) : lakh
}
