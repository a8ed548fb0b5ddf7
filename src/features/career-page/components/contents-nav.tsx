import type { Career } from '@/content/schema'
import { CAREER_SECTIONS, sectionItemCount, type CareerSectionId } from '@/lib/career-sections'

/** The in-page contents: one anchor per section, with how many items each holds (and matches, when filtering). */
export function ContentsNav({
  career,
  matches,
}: {
  career: Career
  matches?: ReadonlyMap<CareerSectionId, number>
}) {
  return (
    <nav aria-labelledby="contents-heading" className="contents">
      <h2 id="contents-heading" className="contents__heading">
        On this page
      </h2>
      <ol className="contents__list">
        {CAREER_SECTIONS.map(({ id, heading }) => {
          const count = sectionItemCount(career, id)
          const label =
            count === undefined
              ? ''
              : matches && count > 0
                ? `(${matches.get(id) ?? 0} of ${count})`
                : `(${count})`
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
