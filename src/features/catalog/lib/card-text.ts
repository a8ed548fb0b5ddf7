// The words on a career card: pay spans, the places they cover, and the places that reach a minimum pay.
import type { CatalogEntry, CatalogPay } from '@/content/catalog-entry'
import { formatLakhRange } from '@/lib/format-inr'
import type { CatalogFilters } from './filter-catalog'
import { salarySpan } from './salary-span'
import { fill, messages } from '@/lib/i18n/runtime'

/** The places are the source's names, joined in English (the card marks them lang="en"). */
const placeList = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/** The card's figure: the chosen place's range, or the span across every place. "₹10–45 L a year". */
export function salaryFigure(career: CatalogEntry, placeRow: CatalogPay | undefined): string {
  const t = messages().catalog
  if (placeRow)
    return fill(t.figureIn, {
      range: formatLakhRange(placeRow.minLakh, placeRow.maxLakh),
      place: placeRow.place,
    })
  const span = salarySpan(career.salaries)
  return fill(t.figure, { range: formatLakhRange(span.minLakh, span.maxLakh) })
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
      const range = formatLakhRange(span.minLakh, span.maxLakh)
      const t = messages().catalog
      if (i === 1)
        return fill(t.spanRemote, { range, places: rows.map((r) => r.place.toLowerCase()).join(', ') })
      if (rows.length === 1) return fill(t.spanOne, { range, place: rows[0]?.place ?? '' })
      return fill(t.spanIndia, { range, count: rows.length })
    })
    .join(', ')
}

/** The places whose range reaches the minimum pay, named so a card never implies more than it holds. */
export function reachingPlaces(career: CatalogEntry, filters: CatalogFilters): string {
  const rows = career.salaries.rows.filter(
    (r) => (!filters.place || r.id === filters.place) && r.maxLakh >= (filters.minPay ?? 0),
  )
  return placeList.format(rows.map((r) => r.place))
}
