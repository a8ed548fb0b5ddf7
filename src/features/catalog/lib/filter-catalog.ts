// The catalog's filters: careers by name, and by what they pay in a place ("pays at least ₹15 L in Pune").
import type { CatalogIndexEntry } from '@/content/catalog-files'
import { fold, matchesAll, queryTokens } from '@/lib/content-search/fold'

export interface CatalogFilters {
  q?: string
  /** A salary row id, e.g. "pune"; absent means any place. */
  place?: string
  /** Lakh rupees a year: the place's range must reach this much. */
  minPay?: number
}

export interface CatalogPlace {
  id: string
  name: string
}

/** Every place any career has a salary for, in first-seen order. */
export function catalogPlaces(careers: readonly CatalogIndexEntry[]): CatalogPlace[] {
  const places = new Map<string, string>()
  for (const career of careers)
    for (const row of career.salaries.rows) if (!places.has(row.id)) places.set(row.id, row.place)
  return [...places].map(([id, name]) => ({ id, name }))
}

/**
 * Careers whose title matches every word of the query and, when a minimum pay is set, whose range in the chosen
 * place (or in any place) reaches it — the top of the range is at least that much.
 */
export function filterCatalog<T extends CatalogIndexEntry>(
  careers: readonly T[],
  filters: CatalogFilters,
): T[] {
  const tokens = queryTokens(filters.q ?? '')
  return careers.filter((career) => {
    if (!matchesAll(fold(career.title), tokens)) return false
    const rows = filters.place
      ? career.salaries.rows.filter((r) => r.id === filters.place)
      : career.salaries.rows
    if (filters.place && rows.length === 0) return false
    if (filters.minPay !== undefined && !rows.some((r) => r.maxLakh >= (filters.minPay ?? 0))) return false
    return true
  })
}
