// The rows the chart and the table share: one per place, in the chosen order and unit, with the offer's verdict.
import type { CitySalary, SalaryTable } from '@/content/schema'
import { fromLakhPerYear, RUPEES_PER_LAKH } from '@/lib/pay/units'
import { offerVerdict, type Verdict } from './verdict'
import { placeStates } from './place-states'
import type { PfConvention, SalaryUnit, SortKey } from './search'
import { takeHome, type StateId } from './take-home'
import { formatRange } from './units'
import { messages } from '@/lib/i18n/runtime'

/** Indian cities and regions come first; remote / international work is a group of its own, never mixed in. */
export type PlaceGroup = 'india' | 'remote'

export interface SalaryRow {
  id: string
  place: string
  placeKind: CitySalary['placeKind']
  group: PlaceGroup
  /** The source's figures, lakh per year. */
  minLakh: number
  maxLakh: number
  /** The same figures in the chosen unit (monthly figures rounded to the rupee). */
  min: number
  max: number
  /** `[min, max]`: the chart's floating bar. */
  range: [number, number]
  /** "₹12–22 L" or "₹1,00,000–₹1,83,333". */
  label: string
  /** Where the offer sits in this range; null without an offer (or without an estimate). */
  verdict: Verdict | null
  /** In hand only: why this place has no estimate, in words. Such a row stays out of the chart. */
  noEstimate?: string
  /** In hand only: the offer's in-hand pay a month in this place. */
  offerInHand?: number
  /** In hand only: the states whose professional tax applies. */
  states?: StateId[]
}

export interface RowOptions {
  sort: SortKey
  unit: SalaryUnit
  /** The offer in `unit` (lakh a year for in hand), already validated; undefined when there is none. */
  offer?: number | undefined
  /** The PF assumption for the in-hand estimate. */
  pf?: PfConvention
}

export function placeGroup(row: Pick<CitySalary, 'placeKind'>): PlaceGroup {
  return row.placeKind === 'remote' ? 'remote' : 'india'
}

const midpoint = (row: Pick<CitySalary, 'minLakh' | 'maxLakh'>) => (row.minLakh + row.maxLakh) / 2

// Each sort is "highest first"; ties keep the source page's order (Array.prototype.sort is stable).
const COMPARE: Record<Exclude<SortKey, 'page'>, (a: CitySalary, b: CitySalary) => number> = {
  top: (a, b) => b.maxLakh - a.maxLakh,
  bottom: (a, b) => b.minLakh - a.minLakh,
  mid: (a, b) => midpoint(b) - midpoint(a),
}

/** The source rows in the chosen order: Indian places first, then remote / international, each group sorted. */
export function sortSalaryRows(rows: readonly CitySalary[], sort: SortKey): CitySalary[] {
  const groups = (['india', 'remote'] as const).map((group) =>
    rows.filter((row) => placeGroup(row) === group),
  )
  if (sort !== 'page') for (const group of groups) group.sort(COMPARE[sort])
  return groups.flat()
}

/** In hand a month for a yearly figure in lakh, or undefined when the estimate does not cover it. */
export function inHandMonth(lakh: number, pf: PfConvention, states: readonly StateId[]): number | undefined {
  const result = takeHome(lakh * RUPEES_PER_LAKH, pf, states)
  return result.ok ? result.value.inHandMonth : undefined
}

export function salaryRows(table: SalaryTable, { sort, unit, offer, pf = 'min' }: RowOptions): SalaryRow[] {
  if (unit === 'inhand')
    return sortInHand(
      table.rows.map((row) => inHandRow(row, pf, offer)),
      sort,
    )
  return sortSalaryRows(table.rows, sort).map((row) => {
    const min = fromLakhPerYear(row.minLakh, unit)
    const max = fromLakhPerYear(row.maxLakh, unit)
    return {
      ...placeFields(row),
      min,
      max,
      range: [min, max],
      label: formatRange(min, max, unit),
      verdict: offer === undefined ? null : offerVerdict(offer, min, max),
    }
  })
}

// In hand, the sort follows the in-hand figures shown: professional tax differs by state, so the order can differ
// from the gross one (Hyderabad pays ₹2,400 a year that NCR does not).
const COMPARE_IN_HAND: Record<Exclude<SortKey, 'page'>, (a: SalaryRow, b: SalaryRow) => number> = {
  top: (a, b) => b.max - a.max,
  bottom: (a, b) => b.min - a.min,
  mid: (a, b) => b.min + b.max - (a.min + a.max),
}

/**
 * In-hand rows in the chosen order: Indian places first, then remote / international. Sorted, the Indian places
 * with an estimate come first and those without follow, in page order.
 */
function sortInHand(rows: readonly SalaryRow[], sort: SortKey): SalaryRow[] {
  const india = rows.filter((row) => row.group === 'india')
  const remote = rows.filter((row) => row.group === 'remote')
  if (sort === 'page') return [...india, ...remote]
  const estimated = india.filter((row) => row.noEstimate === undefined).sort(COMPARE_IN_HAND[sort])
  const without = india.filter((row) => row.noEstimate !== undefined)
  return [...estimated, ...without, ...remote]
}

/** What every row says of its place, in any unit. */
function placeFields(row: CitySalary) {
  return {
    id: row.id,
    place: row.place,
    placeKind: row.placeKind,
    group: placeGroup(row),
    minLakh: row.minLakh,
    maxLakh: row.maxLakh,
  }
}

function inHandRow(row: CitySalary, pf: PfConvention, offer: number | undefined): SalaryRow {
  const base = placeFields(row)
  const where = placeStates(row)
  const min = where.ok ? inHandMonth(row.minLakh, pf, where.states) : undefined
  const max = where.ok ? inHandMonth(row.maxLakh, pf, where.states) : undefined
  if (!where.ok || min === undefined || max === undefined) {
    const t = messages().salaries.noEstimate
    const reason = where.ok ? t.outside : where.reason
    return { ...base, min: 0, max: 0, range: [0, 0], label: t.label, verdict: null, noEstimate: reason }
  }
  // Compared in hand with in hand: the offer as it would be paid in this place, under the same PF assumption.
  const offerInHand = offer === undefined ? undefined : inHandMonth(offer, pf, where.states)
  return {
    ...base,
    min,
    max,
    range: [min, max],
    label: formatRange(min, max, 'inhand'),
    verdict: offerInHand === undefined ? null : offerVerdict(offerInHand, min, max),
    states: where.states,
    ...(offerInHand === undefined ? {} : { offerInHand }),
  }
}
