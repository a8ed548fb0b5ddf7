// The page's view lives in its address, so a shared link reproduces it. Every value is validated with a quiet
// fallback: a hostile or stale link shows the default view instead of an error.
//
// The route's search validation runs before any page code loads, so this module is part of the entry chunk: it
// holds only the vocabularies, with no formatting and no words, to keep that chunk small. The offer's rounding and
// limits are the pay module's (src/lib/pay/limits.ts, numbers only too).
import { offerProblem, roundOffer } from '@/lib/pay/limits'
import { defineSearch, enumParam } from '@/lib/search-params'

export const SORT_KEYS = ['page', 'top', 'bottom', 'mid'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/** `inhand`: in hand per month, an estimate after income tax, PF and professional tax (offers still in lakh a year). */
export const UNITS = ['year', 'month', 'inhand'] as const
export type SalaryUnit = (typeof UNITS)[number]

/**
 * How the employee's provident fund is counted: ₹1,800 a month (12% of the ₹15,000 wage ceiling), or 12% of a basic
 * that is 40% or 50% of pay. The employer decides; the reader chooses.
 */
export const PF_CONVENTIONS = ['min', 'basic40', 'basic50'] as const
export type PfConvention = (typeof PF_CONVENTIONS)[number]

/** Which figure "Show the working" works through: a place's low or high end, or the offer there ("pune:offer"). */
export type WorkingEnd = 'low' | 'high' | 'offer'
export interface WorkingChoice {
  placeId: string
  end: WorkingEnd
}

const SALARY_PARAMS = {
  sort: enumParam(SORT_KEYS),
  unit: enumParam(UNITS),
  /** Lakh a year (per year and in hand), or rupees a month (per month). Absent when there is no (valid) offer. */
  offer: (value: unknown) => (typeof value === 'number' ? value : undefined),
  /** The PF assumption behind the in-hand estimate. */
  pf: enumParam(PF_CONVENTIONS),
  /** The figure whose working is shown, as "placeId:end"; absent means the page's choice. */
  working: (value: unknown) => (parseWorking(value) ? (value as string) : undefined),
}

/** Left out of the address when they hold these values. */
export const SEARCH_DEFAULTS = { sort: 'page', unit: 'year', pf: 'min' } as const

/** "bangalore:offer" → the place and the end; anything else → undefined. Place ids are checked by the page. */
export function parseWorking(value: unknown): WorkingChoice | undefined {
  if (typeof value !== 'string') return undefined
  const match = /^([a-z0-9-]{1,60}):(low|high|offer)$/.exec(value)
  return match ? { placeId: match[1] ?? '', end: match[2] as WorkingEnd } : undefined
}

/**
 * Each param falls back on its own; links need not spell out the defaults. The offer follows the offer box's rules
 * for its unit: negative, zero, absurd or out-of-unit numbers are dropped.
 */
export const salarySearch = defineSearch(SALARY_PARAMS, SEARCH_DEFAULTS, (search) => {
  const offer = search.offer === undefined ? undefined : roundOffer(search.offer, search.unit)
  const valid = offer !== undefined && offerProblem(offer, search.unit) === null
  return { ...search, offer: valid ? offer : undefined }
})

export const validateSalarySearch = salarySearch.validateSearch

export type SalarySearch = ReturnType<typeof validateSalarySearch>
