import type { Career } from '@/content/schema'
import { CAREER_SECTIONS, sectionItemCount } from '@/lib/career-sections'

/** The in-page contents: one anchor per section, with how many items each holds. */
export function ContentsNav({ career }: { career: Career }) {
  return (
    <nav aria-labelledby="contents-heading" className="contents">
      <h2 id="contents-heading" className="contents__heading">
        On this page
      </h2>
      <ol className="contents__list">
        {CAREER_SECTIONS.map(({ id, heading }) => {
          const count = sectionItemCount(career, id)
          return (
            <li key={id}>
              <a href={`#${id}`}>
                {heading}
                {count !== undefined && <span className="contents__count"> ({count})</span>}
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
