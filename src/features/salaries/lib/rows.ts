// The rows the chart and the table share: one per place, in the chosen order and unit, with the offer's verdict.
import type { CitySalary, SalaryTable } from '@/content/schema'
import { offerVerdict, type Verdict } from './offer'
import type { SalaryUnit, SortKey } from './search'
import { formatRange, fromLakhPerYear } from './units'

export const SORT_LABELS: Record<SortKey, string> = {
  page: 'As on the source page',
  top: 'Top of range, highest first',
  bottom: 'Bottom of range, highest first',
  mid: 'Midpoint, highest first',
}

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
  /** Where the offer sits in this range; null without an offer. */
  verdict: Verdict | null
}

export interface RowOptions {
  sort: SortKey
  unit: SalaryUnit
  /** The offer in `unit`, already validated; undefined when there is none. */
  offer?: number | undefined
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

export function salaryRows(table: SalaryTable, { sort, unit, offer }: RowOptions): SalaryRow[] {
  return sortSalaryRows(table.rows, sort).map((row) => {
    const min = fromLakhPerYear(row.minLakh, unit)
    const max = fromLakhPerYear(row.maxLakh, unit)
    return {
      id: row.id,
      place: row.place,
      placeKind: row.placeKind,
      group: placeGroup(row),
      minLakh: row.minLakh,
      maxLakh: row.maxLakh,
      min,
      max,
      range: [min, max],
      label: formatRange(min, max, unit),
      verdict: offer === undefined ? null : offerVerdict(offer, min, max),
    }
  })
}
