// The page's view lives in its address, so a shared link reproduces it. Every value is validated with a quiet
// fallback: a hostile or stale link shows the default view instead of an error.
//
// The route's search validation runs before any page code loads, so this module is part of the entry chunk: it
// holds only the vocabularies and the offer's limits, with no formatting and no words, to keep that chunk small.
import type { SearchSchemaInput } from '@tanstack/react-router'
import { enumParam } from '@/lib/search-params'

export const SORT_KEYS = ['page', 'top', 'bottom', 'mid'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export const UNITS = ['year', 'month'] as const
export type SalaryUnit = (typeof UNITS)[number]

export const RUPEES_PER_LAKH = 100_000
export const MONTHS_PER_YEAR = 12

/** The inverse of fromLakhPerYear: a figure in `unit` as lakh per year. */
export function toLakhPerYear(value: number, unit: SalaryUnit): number {
  return unit === 'year' ? value : (value * MONTHS_PER_YEAR) / RUPEES_PER_LAKH
}

/**
 * The offers the chart accepts, in lakh per year: at least ₹1,000 a month (anything less is almost certainly a
 * slip of unit) and at most ₹5 crore a year (beyond every figure here more than tenfold).
 */
export const OFFER_LIMITS_LAKH = { min: 0.12, max: 500 } as const

export type OfferProblem = 'not-a-number' | 'negative' | 'zero' | 'too-small' | 'too-large'

/** What is wrong with an offer of `value` (in `unit`), or null when the chart can place it. */
export function offerProblem(value: number, unit: SalaryUnit): OfferProblem | null {
  if (!Number.isFinite(value)) return 'not-a-number'
  if (value < 0) return 'negative'
  if (value === 0) return 'zero'
  const lakh = toLakhPerYear(value, unit)
  if (lakh < OFFER_LIMITS_LAKH.min) return 'too-small'
  if (lakh > OFFER_LIMITS_LAKH.max) return 'too-large'
  return null
}

export interface SalarySearch {
  sort: SortKey
  unit: SalaryUnit
  /** In `unit`: lakh a year, or rupees a month. Absent when there is no (valid) offer. */
  offer?: number
}

/** Left out of the address when they hold these values. */
export const SEARCH_DEFAULTS = { sort: 'page', unit: 'year' } as const satisfies Omit<SalarySearch, 'offer'>

const sortParam = enumParam(SORT_KEYS)
const unitParam = enumParam(UNITS)

/**
 * Typed as taking an optional view (SearchSchemaInput tells the router so) so that links need not spell out the
 * defaults. At run time `raw` is whatever the address holds; each field is checked, and falls back on its own.
 */
export function validateSalarySearch(raw: Partial<SalarySearch> & SearchSchemaInput): SalarySearch {
  const sort = sortParam(raw.sort) ?? SEARCH_DEFAULTS.sort
  const unit = unitParam(raw.unit) ?? SEARCH_DEFAULTS.unit
  const offer = typeof raw.offer === 'number' ? raw.offer : undefined
  // The same rules as the offer box: negative, zero, absurd or out-of-unit numbers are dropped. `offer` is always
  // returned, even as undefined: the router lays the validated values over the raw ones, so leaving the key out
  // would let a raw `offer=-1` through.
  const valid = offer !== undefined && offerProblem(offer, unit) === null
  return { sort, unit, offer: valid ? offer : undefined }
}
