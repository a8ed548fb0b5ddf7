// The page's view lives in its address, so a shared link reproduces it. Every value is validated with a quiet
// fallback: a hostile or stale link shows the default view instead of an error.
//
// The route's search validation runs before any page code loads, so this module is part of the entry chunk: it
// holds only the vocabularies, with no formatting and no words, to keep that chunk small. The offer's rounding and
// limits are the pay module's (src/lib/pay/limits.ts, numbers only too).
import type { SearchSchemaInput } from '@tanstack/react-router'
import { offerProblem, roundOffer } from '@/lib/pay/limits'
import { enumParam } from '@/lib/search-params'

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

export interface SalarySearch {
  sort: SortKey
  unit: SalaryUnit
  /** Lakh a year (per year and in hand), or rupees a month (per month). Absent when there is no (valid) offer. */
  offer?: number
  /** The PF assumption behind the in-hand estimate. */
  pf: PfConvention
  /** The figure whose working is shown, as "placeId:end"; absent means the page's choice. */
  working?: string
}

/** Left out of the address when they hold these values. */
export const SEARCH_DEFAULTS = { sort: 'page', unit: 'year', pf: 'min' } as const satisfies Omit<
  SalarySearch,
  'offer' | 'working'
>

const sortParam = enumParam(SORT_KEYS)
const unitParam = enumParam(UNITS)
const pfParam = enumParam(PF_CONVENTIONS)

/** "bangalore:offer" → the place and the end; anything else → undefined. Place ids are checked by the page. */
export function parseWorking(value: unknown): WorkingChoice | undefined {
  if (typeof value !== 'string') return undefined
  const match = /^([a-z0-9-]{1,60}):(low|high|offer)$/.exec(value)
  return match ? { placeId: match[1] ?? '', end: match[2] as WorkingEnd } : undefined
}

/**
 * Typed as taking an optional view (SearchSchemaInput tells the router so) so that links need not spell out the
 * defaults. At run time `raw` is whatever the address holds; each field is checked, and falls back on its own.
 */
export function validateSalarySearch(raw: Partial<SalarySearch> & SearchSchemaInput): SalarySearch {
  const sort = sortParam(raw.sort) ?? SEARCH_DEFAULTS.sort
  const unit = unitParam(raw.unit) ?? SEARCH_DEFAULTS.unit
  const offer = typeof raw.offer === 'number' ? roundOffer(raw.offer, unit) : undefined
  // The same rules as the offer box: negative, zero, absurd or out-of-unit numbers are dropped. `offer` is always
  // returned, even as undefined: the router lays the validated values over the raw ones, so leaving the key out
  // would let a raw `offer=-1` through.
  const valid = offer !== undefined && offerProblem(offer, unit) === null
  const pf = pfParam(raw.pf) ?? SEARCH_DEFAULTS.pf
  const working = parseWorking(raw.working) ? (raw.working as string) : undefined
  return { sort, unit, offer: valid ? offer : undefined, pf, working }
}
