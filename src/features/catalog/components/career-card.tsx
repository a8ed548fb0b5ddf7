import { Link } from '@tanstack/react-router'
import type { CatalogEntry } from '@/content/catalog-entry'
import { formatLakhExact } from '@/lib/format-inr'
import type { CatalogFilters } from '../lib/filter-catalog'
import { placesNote, reachingPlaces, salaryFigure } from '../lib/card-text'
import { fill, messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'
import { InEnglish, contentLang } from '@/components/in-english'

/**
 * One career in the catalog: its name (the link to its page), summary and pay, and links to its salaries and its
 * day. With a place chosen the pay is that place's range; with a minimum, the card names the places that reach it.
 */
export function CareerCard({ career, filters }: { career: CatalogEntry; filters: CatalogFilters }) {
  const placeRow = filters.place ? career.salaries.rows.find((r) => r.id === filters.place) : undefined
  const t = messages().catalog
  const name = <InEnglish>{career.title}</InEnglish>
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to="/careers/$careerId" params={{ careerId: career.id }} className="card__link">
          <InEnglish>{career.title}</InEnglish>
        </Link>
      </h3>
      <p className="card__meta" lang={contentLang()}>
        {career.region}
      </p>
      <p lang={contentLang()}>{career.summary}</p>
      <p className="card__salary">
        <span className="card__salary-figure">{salaryFigure(career, placeRow)}</span>{' '}
        <span className="card__salary-note">
          {fillNodes(placeRow ? t.note : t.notePlaces, {
            cohort: <InEnglish>{career.salaries.cohort.toLowerCase()}</InEnglish>,
            measure: <InEnglish>{career.salaries.measure}</InEnglish>,
            places: placesNote(career),
          })}
          {filters.minPay !== undefined &&
            fillNodes(t.reaches, {
              pay: formatLakhExact(filters.minPay),
              places: <InEnglish>{reachingPlaces(career, filters)}</InEnglish>,
            })}
        </span>
      </p>
      <ul className="card__links" aria-label={fill(t.more, { career: career.title })}>
        <li className="card__secondary-link">
          <Link to="/careers/$careerId/salaries" params={{ careerId: career.id }}>
            {t.salariesLink}{' '}
            <span className="visually-hidden">{fillNodes(t.salariesFor, { career: name })}</span>
          </Link>
        </li>
        <li className="card__secondary-link">
          <Link to="/careers/$careerId/day" params={{ careerId: career.id }}>
            {t.dayLink} <span className="visually-hidden">{fillNodes(t.dayAs, { career: name })}</span>
          </Link>
        </li>
      </ul>
    </li>
  )
}
