import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import type { Career, Resource } from '@/content/schema'
import { vocabularyLabels } from '@/content/vocabulary'
import { CAREER_SECTIONS, itemAnchor, type CareerSectionId } from '@/lib/career-sections'
import type { Related, RelatedToStep } from '../lib/related'

/**
 * Renders an action next to a reading item, e.g. the reading list's save toggle. The day timeline does not own
 * bookmarks: the route passes this in, so this feature never imports the reading-list feature.
 */
export type ResourceAction = (resource: Resource) => ReactNode

const headingOf = (id: CareerSectionId) => CAREER_SECTIONS.find((section) => section.id === id)?.heading ?? id

/** The career page's responsibilities, mistakes and reading items that share the step's topics, linking to each. */
export function RelatedItems({
  career,
  related,
  hasTopics,
  resourceAction,
}: {
  career: Career
  related: RelatedToStep
  hasTopics: boolean
  resourceAction?: ResourceAction
}) {
  const total = related.responsibilities.length + related.mistakes.length + related.resources.length
  return (
    <section aria-labelledby="day-related-heading" className="related">
      <h3 id="day-related-heading">Related on the career page</h3>
      {!hasTopics ? (
        <p className="muted">This step has no topics, so nothing on the career page is linked to it.</p>
      ) : total === 0 ? (
        <p className="muted">Nothing on the career page shares this step&rsquo;s topics.</p>
      ) : (
        <p className="muted">
          What shares this step&rsquo;s topics. Each link opens the item on the career page.
        </p>
      )}
      <RelatedGroup
        career={career}
        section="responsibilities"
        items={related.responsibilities}
        titleOf={(item) => item.label}
      />
      <RelatedGroup
        career={career}
        section="mistakes"
        items={related.mistakes}
        titleOf={(item) => item.title}
      />
      <RelatedGroup
        career={career}
        section="resources"
        items={related.resources}
        titleOf={(item) => item.title}
        action={resourceAction}
      />
    </section>
  )
}

function RelatedGroup<T extends { id: string }>({
  career,
  section,
  items,
  titleOf,
  action,
}: {
  career: Career
  section: CareerSectionId
  items: readonly Related<T>[]
  titleOf: (item: T) => string
  action?: (item: T) => ReactNode
}) {
  if (items.length === 0) return null
  const headingId = `day-related-${section}`
  return (
    <>
      <h4 id={headingId} className="related__heading">
        {headingOf(section)} <span className="related__count">({items.length})</span>
      </h4>
      <ul className="related__list" aria-labelledby={headingId}>
        {items.map(({ item, shared }) => (
          <li key={item.id} className="related__item">
            <Link
              to="/careers/$careerId"
              params={{ careerId: career.id }}
              hash={itemAnchor(section, item.id)}
              className="related__link"
            >
              {titleOf(item)}
            </Link>
            <span className="related__shared">
              Shares: {shared.map((topic) => vocabularyLabels().topics[topic]).join(', ')}
            </span>
            {/* The reading list's save toggle goes here, for reading items (see ResourceAction). */}
            {action?.(item)}
          </li>
        ))}
      </ul>
    </>
  )
}
