// "Your offer": parsing what a person types, and where an offer sits in a range. The offer stays in the browser:
// nothing here (or anywhere in the app) sends it over the network.
import { formatLakhExact, formatRupees } from '@/lib/format-inr'
import { formatBoxValue, readPay, type PayProblem } from '@/lib/pay-input'
import { IN_HAND_MIN_LAKH, offerLimits, roundOffer, toLakhPerYear, type SalaryUnit } from './search'
import { fromLakhPerYear } from './units'

export type ParsedOffer =
  | { status: 'empty' }
  | { status: 'invalid'; problem: PayProblem; message: string }
  /**
   * `value` is in the unit the page holds offers in (lakh a year, or rupees a month); `lakhPerYear` is the same offer
   * as the source counts it; `understood` says how the box read what was typed.
   */
  | { status: 'valid'; value: number; lakhPerYear: number; understood: string }

/** Reads the offer box with the app's one pay reader: lakh a year (per year, in hand) or rupees a month. */
export function parseOffer(raw: string, unit: SalaryUnit): ParsedOffer {
  return readPay(raw, {
    unit: unit === 'month' ? 'month' : 'year',
    limits: offerLimits(unit),
    ...(unit === 'inhand' ? { minReason: IN_HAND_MIN_REASON } : {}),
  })
}

const IN_HAND_MIN_REASON = `The in-hand estimate starts at ${formatLakhExact(IN_HAND_MIN_LAKH)} a year: per year or per month places a smaller offer.`

/** How an offer is written back into the box: lakh to the rupee (12.755 stays 12.755), rupees a month whole. */
export function formatOfferValue(value: number, unit: SalaryUnit): string {
  return unit === 'month' ? String(Math.round(value)) : formatBoxValue(value)
}

/**
 * The same offer in the other unit, to the rupee (15 L a year ⇄ ₹1,25,000 a month; 15.555 L ⇄ ₹1,29,625). A month
 * is whole rupees, so a yearly figure that does not divide by 12 comes back within ₹6 a year.
 */
export function convertOffer(value: number, from: SalaryUnit, to: SalaryUnit): number {
  // Per year and in hand both hold the offer in lakh a year: nothing to convert between them.
  if (from === to || (from !== 'month' && to !== 'month')) return value
  const lakh = toLakhPerYear(value, from)
  return to === 'month' ? fromLakhPerYear(lakh, 'month') : roundOffer(lakh, to)
}

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
      return `Below, by ${amount(verdict.gap)}`
    case 'above':
      return `Above, by ${amount(verdict.gap)}`
    case 'within':
      return verdict.percent === null
        ? 'Within: it is the one figure given'
        : `Within, ${verdict.percent}% of the way up`
  }
}
