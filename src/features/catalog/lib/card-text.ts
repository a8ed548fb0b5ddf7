// The words on a career card: pay spans, the places they cover, and the places that reach a minimum pay.
import type { CatalogEntry, CatalogPay } from '@/content/catalog-entry'
import { formatLakhRange } from '@/lib/format-inr'
import type { CatalogFilters } from './filter-catalog'
import { salarySpan } from './salary-span'

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/** The card's figure: the chosen place's range, or the span across every place. "₹10–45 L a year". */
export function salaryFigure(career: CatalogEntry, placeRow: CatalogPay | undefined): string {
  if (placeRow) return `${formatLakhRange(placeRow.minLakh, placeRow.maxLakh)} a year in ${placeRow.place}`
  const span = salarySpan(career.salaries)
  return `${formatLakhRange(span.minLakh, span.maxLakh)} a year`
}

/** "₹10–22 L across 5 places in India, ₹20–45 L remote / international": India and remote are kept apart. */
export function placesNote(career: CatalogEntry): string {
  const groups = [
    career.salaries.rows.filter((r) => r.placeKind !== 'remote'),
    career.salaries.rows.filter((r) => r.placeKind === 'remote'),
  ]
  return groups
    .filter((rows) => rows.length > 0)
    .map((rows, i) => {
      const span = salarySpan({ ...career.salaries, rows })
      const where =
        i === 1
          ? rows.map((r) => r.place.toLowerCase()).join(', ')
          : rows.length === 1
            ? `in ${rows[0]?.place ?? ''}`
            : `across ${rows.length} places in India`
      return `${formatLakhRange(span.minLakh, span.maxLakh)} ${where}`
    })
    .join(', ')
}

/** The places whose range reaches the minimum pay, named so a card never implies more than it holds. */
export function reachingPlaces(career: CatalogEntry, filters: CatalogFilters): string {
  const rows = career.salaries.rows.filter(
    (r) => (!filters.place || r.id === filters.place) && r.maxLakh >= (filters.minPay ?? 0),
  )
  return list.format(rows.map((r) => r.place))
}
