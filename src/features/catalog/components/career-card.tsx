import { Link } from '@tanstack/react-router'
import type { CatalogEntry } from '@/content/catalog-entry'
import { formatLakhExact } from '@/lib/format-inr'
import type { CatalogFilters } from '../lib/filter-catalog'
import { placesNote, reachingPlaces, salaryFigure } from '../lib/card-text'

/**
 * One career in the catalog: its name (the link to its page), summary and pay, and links to its salaries and its
 * day. With a place chosen the pay is that place's range; with a minimum, the card names the places that reach it.
 */
export function CareerCard({ career, filters }: { career: CatalogEntry; filters: CatalogFilters }) {
  const placeRow = filters.place ? career.salaries.rows.find((r) => r.id === filters.place) : undefined
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to="/careers/$careerId" params={{ careerId: career.id }} className="card__link">
          {career.title}
        </Link>
      </h3>
      <p className="card__meta">{career.region}</p>
      <p>{career.summary}</p>
      <p className="card__salary">
        <span className="card__salary-figure">{salaryFigure(career, placeRow)}</span>{' '}
        <span className="card__salary-note">
          {career.salaries.cohort.toLowerCase()} {career.salaries.measure}
          {placeRow ? '' : `: ${placesNote(career)}`}
          {filters.minPay !== undefined &&
            `; reaches ${formatLakhExact(filters.minPay)} in ${reachingPlaces(career, filters)}`}
        </span>
      </p>
      <ul className="card__links" aria-label={`More on ${career.title}`}>
        <li className="card__secondary-link">
          <Link to="/careers/$careerId/salaries" params={{ careerId: career.id }}>
            Salaries by city <span className="visually-hidden">for {career.title}</span>
          </Link>
        </li>
        <li className="card__secondary-link">
          <Link to="/careers/$careerId/day" params={{ careerId: career.id }}>
            A day in the life, step by step <span className="visually-hidden">as a {career.title}</span>
          </Link>
        </li>
      </ul>
    </li>
  )
}
