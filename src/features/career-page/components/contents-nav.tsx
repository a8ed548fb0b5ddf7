import type { Career } from '@/content/schema'
import {
  CAREER_SECTIONS,
  careerSectionHeading,
  sectionItemCount,
  type CareerSectionId,
} from '@/lib/career-sections'
import { fill, messages } from '@/lib/i18n/runtime'

/** The in-page contents: one anchor per section, with how many items each holds (and matches, when filtering). */
export function ContentsNav({
  career,
  matches,
}: {
  career: Career
  matches?: ReadonlyMap<CareerSectionId, number>
}) {
  const t = messages().career
  return (
    <nav aria-labelledby="contents-heading" className="contents">
      <h2 id="contents-heading" className="contents__heading">
        {t.onThisPage}
      </h2>
      <ol className="contents__list">
        {CAREER_SECTIONS.map(({ id }) => {
          const heading = careerSectionHeading(id)
          const count = sectionItemCount(career, id)
          const label =
            count === undefined
              ? ''
              : matches && count > 0
                ? fill(t.sectionMatches, { shown: matches.get(id) ?? 0, count })
                : fill(t.sectionCount, { count })
          return (
            <li key={id}>
              <a href={`#${id}`}>
                {heading}
                {label && (
                  <>
                    {' '}
                    <span className="contents__count">{label}</span>
                  </>
                )}
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
