import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import type { Career, Resource } from '@/content/schema'
import { vocabularyLabels } from '@/content/vocabulary'
import { careerSectionHeading, itemAnchor, type CareerSectionId } from '@/lib/career-sections'
import type { Related, RelatedToStep } from '../lib/related'
import { fill, messages } from '@/lib/i18n/runtime'
import { InEnglish } from '@/components/in-english'

/**
 * Renders an action next to a reading item, e.g. the reading list's save toggle. The day timeline does not own
 * bookmarks: the route passes this in, so this feature never imports the reading-list feature.
 */
export type ResourceAction = (resource: Resource) => ReactNode

const headingOf = (id: CareerSectionId) => careerSectionHeading(id)

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
      <h3 id="day-related-heading">{messages().day.relatedHeading}</h3>
      {!hasTopics ? (
        <p className="muted">{messages().day.noTopics}</p>
      ) : total === 0 ? (
        <p className="muted">{messages().day.nothingShared}</p>
      ) : (
        <p className="muted">{messages().day.relatedIntro}</p>
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
        {headingOf(section)}{' '}
        <span className="related__count">{fill(messages().day.relatedCount, { count: items.length })}</span>
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
              <InEnglish>{titleOf(item)}</InEnglish>
            </Link>
            <span className="related__shared">
              {fill(messages().day.shares, {
                topics: shared
                  .map((topic) => vocabularyLabels().topics[topic])
                  .join(messages().day.kindSeparator),
              })}
            </span>
            {/* The reading list's save toggle goes here, for reading items (see ResourceAction). */}
            {action?.(item)}
          </li>
        ))}
      </ul>
    </>
  )
}
