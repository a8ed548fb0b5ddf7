import { useId, useMemo, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { careerRegistry } from '@/content/registry'
import type { Career } from '@/content/schema'
import { formatLakh, formatLakhRange } from '@/lib/format-inr'
import { parsePayInput } from './lib/pay-box'
import { catalogPlaces, filterCatalog, type CatalogFilters } from './lib/filter-catalog'
import { salarySpan } from './lib/salary-span'
import { PageHead } from '@/components/layout/page-head'
import './catalog.css'

/** "₹10–22 L across 5 places in India, ₹20–45 L remote / international": India and remote are kept apart. */
function placesNote(career: Career): string {
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
function reachingPlaces(career: Career, filters: CatalogFilters): string {
  const rows = career.salaries.rows.filter(
    (r) => (!filters.place || r.id === filters.place) && r.maxLakh >= (filters.minPay ?? 0),
  )
  return list.format(rows.map((r) => r.place))
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

type FiltersChange = (next: CatalogFilters, options: { replace: boolean }) => void

/** `/`: one card per career, searchable by name and by what it pays where. */
export function CatalogPage({
  careers = careerRegistry.list(),
  filters = {},
  onFiltersChange = () => undefined,
}: {
  careers?: readonly Career[]
  filters?: CatalogFilters
  onFiltersChange?: FiltersChange
}) {
  const id = useId()
  const places = useMemo(() => catalogPlaces(careers), [careers])
  const place = places.find((p) => p.id === filters.place)
  const applied = { ...filters, place: place?.id }
  const shown = filterCatalog(careers, applied)
  const filtering = Boolean(applied.q || applied.place || applied.minPay)

  // The pay box keeps what was typed, even when it is not a usable amount yet; the URL holds only valid amounts.
  const [payText, setPayText] = useState(filters.minPay?.toString() ?? '')
  const [seenPay, setSeenPay] = useState(filters.minPay)
  if (filters.minPay !== seenPay) {
    setSeenPay(filters.minPay)
    const typed = parsePayInput(payText)
    // Follow the URL when it changed by other means; an unusable amount being typed (no minimum in the URL) stays.
    const typingUnusable = !typed.ok && filters.minPay === undefined
    if (!typingUnusable && (!typed.ok || typed.lakh !== filters.minPay))
      setPayText(filters.minPay?.toString() ?? '')
  }
  const pay = parsePayInput(payText)

  const [nameText, setNameText] = useState(filters.q ?? '')
  const [seenName, setSeenName] = useState(filters.q)
  if (filters.q !== seenName) {
    setSeenName(filters.q)
    if ((filters.q ?? '') !== nameText.trim()) setNameText(filters.q ?? '')
  }

  return (
    <div className="page">
      <PageHead
        title="Tech careers in India"
        description="Explore tech careers in India: what the work is, what it pays city by city, what a day looks like, and what to read next."
        path="/"
      />
      <h1>Explore tech careers in India</h1>
      <p className="lede">
        What the work is, what it pays city by city, what a day looks like, and what to read next.
      </p>

      <form
        className="catalog-filters"
        role="search"
        aria-label="Careers"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor={`${id}-q`}>Career name</label>
          <input
            id={`${id}-q`}
            type="search"
            value={nameText}
            maxLength={60}
            onChange={(event) => {
              setNameText(event.target.value)
              onFiltersChange({ ...filters, q: event.target.value.trim() || undefined }, { replace: true })
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-place`}>Place</label>
          <select
            id={`${id}-place`}
            value={place?.id ?? ''}
            onChange={(event) =>
              onFiltersChange({ ...filters, place: event.target.value || undefined }, { replace: false })
            }
          >
            <option value="">Any place</option>
            {places.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-pay`}>Pays at least (₹ lakh a year)</label>
          <input
            id={`${id}-pay`}
            inputMode="decimal"
            value={payText}
            aria-invalid={!pay.ok}
            aria-describedby={`${id}-pay-help`}
            onChange={(event) => {
              setPayText(event.target.value)
              const parsed = parsePayInput(event.target.value)
              // An unusable amount filters nothing (the message says why), rather than leaving an old one applied.
              onFiltersChange({ ...filters, minPay: parsed.ok ? parsed.lakh : undefined }, { replace: true })
            }}
          />
          <p id={`${id}-pay-help`} className={pay.ok ? 'field__help' : 'field__error'}>
            {pay.ok
              ? `${pay.understood ? `${pay.understood} ` : ''}Careers whose range reaches this amount in the chosen place (with any place: in at least one).`
              : pay.message}
          </p>
        </div>
      </form>

      <h2 className="visually-hidden">Careers</h2>
      <p className="catalog-count" role="status">
        {filtering
          ? `${shown.length} of ${plural(careers.length, 'career')} match${shown.length === 1 ? 'es' : ''}`
          : plural(careers.length, 'career')}
      </p>
      {shown.length === 0 ? (
        <div className="empty-note">
          <p>No career matches these filters.</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onFiltersChange({}, { replace: false })
              // This button goes away with the empty state: start again from the first filter.
              document.getElementById(`${id}-q`)?.focus()
            }}
          >
            Clear filters
          </button>
        </div>
      ) : (
        <ul className="card-list">
          {shown.map((career) => {
            const span = salarySpan(career.salaries)
            const row = place && career.salaries.rows.find((r) => r.id === place.id)
            return (
              <li key={career.id} className="card">
                <h3 className="card__title">
                  <Link to="/careers/$careerId" params={{ careerId: career.id }} className="card__link">
                    {career.title}
                  </Link>
                </h3>
                <p className="card__meta">{career.region}</p>
                <p>{career.summary}</p>
                <p className="card__salary">
                  <span className="card__salary-figure">
                    {row
                      ? `${formatLakhRange(row.minLakh, row.maxLakh)} a year in ${row.place}`
                      : `${formatLakhRange(span.minLakh, span.maxLakh)} a year`}
                  </span>{' '}
                  <span className="card__salary-note">
                    {career.salaries.cohort.toLowerCase()} {career.salaries.measure}
                    {row ? '' : `: ${placesNote(career)}`}
                    {applied.minPay !== undefined &&
                      `; reaches ${formatLakh(applied.minPay)} in ${reachingPlaces(career, applied)}`}
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
                      A day in the life, step by step{' '}
                      <span className="visually-hidden">as a {career.title}</span>
                    </Link>
                  </li>
                </ul>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
