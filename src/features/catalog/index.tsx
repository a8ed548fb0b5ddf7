import { Link } from '@tanstack/react-router'
import { careerRegistry } from '@/content/registry'
import { formatLakhRange } from '@/lib/format-inr'
import { salarySpan } from './lib/salary-span'

/** `/`: one card per career. */
export function CatalogPage() {
  const careers = careerRegistry.list()
  return (
    <div className="page">
      <title>Career Explorer · Tech careers in India</title>
      <h1>Explore tech careers in India</h1>
      <p className="lede">
        What the work is, what it pays city by city, what a day looks like, and what to read next.
      </p>
      <h2 className="visually-hidden">Careers</h2>
      <ul className="card-list">
        {careers.map((career) => {
          const span = salarySpan(career.salaries)
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
                  {formatLakhRange(span.minLakh, span.maxLakh)} a year
                </span>{' '}
                <span className="card__salary-note">
                  {career.salaries.cohort.toLowerCase()} {career.salaries.measure}, across{' '}
                  {career.salaries.rows.length} places
                </span>
              </p>
              <p className="card__more">
                <Link to="/careers/$careerId/salaries" params={{ careerId: career.id }}>
                  Salaries by city <span className="visually-hidden">for {career.title}</span>
                </Link>
              </p>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
