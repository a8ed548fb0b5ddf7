// The pay each box takes, and the one vocabulary for why an amount cannot be used: the reader (reader.ts) and the
// routes' search validation (an amount from the address) check the same limits the same way.
//
// Part of the entry chunk, with units.ts and rounding.ts: numbers only, no formatting and no words.
import { toTheRupee } from './rounding'
import { fromLakhPerYear, offerUnit, toLakhPerYear, type OfferView, type PayUnit } from './units'

/** Why an amount cannot be used, in every pay box and in the address. */
export type PayProblem = 'not-a-number' | 'negative' | 'zero' | 'too-small' | 'too-large' | 'unclear'

/** The pay a box takes, lakh a year. */
export interface PayLimits {
  minLakh: number
  maxLakh: number
}

/** The catalog's "Pays at least": from ₹10,000 a year to ₹10 crore. */
export const MIN_PAY_LIMITS: PayLimits = { minLakh: 0.1, maxLakh: 1000 }

/**
 * An offer on the salary page: at least ₹1,000 a month (anything less is almost certainly a slip of unit), at most
 * ₹5 crore a year (beyond every figure here more than tenfold). In hand the estimate starts at ₹1 L a year: below
 * that, PF and professional tax rules it does not model apply.
 */
export const OFFER_LIMITS: Record<OfferView, PayLimits> = {
  year: { minLakh: 0.12, maxLakh: 500 },
  month: { minLakh: 0.12, maxLakh: 500 },
  inhand: { minLakh: 1, maxLakh: 500 },
}

/**
 * Whether pay of `lakhPerYear`, in a box that holds `unit`, is within its limits. A month is whole rupees: there the
 * top is the yearly one ÷ 12 to the rupee (₹5 crore a year is ₹41,66,667 a month, a few rupees more a year), and
 * that much is still within.
 */
export function limitProblem(
  lakhPerYear: number,
  unit: PayUnit,
  { minLakh, maxLakh }: PayLimits,
): 'too-small' | 'too-large' | null {
  if (lakhPerYear < minLakh) return 'too-small'
  return fromLakhPerYear(lakhPerYear, unit) > fromLakhPerYear(maxLakh, unit) ? 'too-large' : null
}

/** An offer as the page keeps it: lakh to the rupee (five decimals), or whole rupees a month. */
export function roundOffer(value: number, view: OfferView): number {
  return toTheRupee(value, offerUnit(view))
}

/**
 * What is wrong with an offer of `value` already in the view's unit (one from the address), or null when the chart
 * can place it: the box's own checks, on a number.
 */
export function offerProblem(value: number, view: OfferView): PayProblem | null {
  if (!Number.isFinite(value)) return 'not-a-number'
  if (value < 0) return 'negative'
  if (value === 0) return 'zero'
  const unit = offerUnit(view)
  return limitProblem(toLakhPerYear(value, unit), unit, OFFER_LIMITS[view])
}
