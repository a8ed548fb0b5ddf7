import type { NotablePerson } from '@/content/schema'
import { itemAnchor } from '@/lib/career-sections'
import { messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'
import { InEnglish, contentLang } from '@/components/in-english'

/** Notable people, or a plain statement that the source names none: no names are made up. */
export function NotablePeople({
  people,
  sourceName,
}: {
  people: readonly NotablePerson[]
  sourceName: string
}) {
  if (people.length === 0) {
    return (
      <p className="empty-note">
        {fillNodes(messages().career.nobodyNamed, { source: <InEnglish>{sourceName}</InEnglish> })}
      </p>
    )
  }
  return (
    <ul className="item-list">
      {people.map((person) => (
        <li key={person.id} id={itemAnchor('notable-indians', person.id)} className="item">
          <h3 className="item__title" lang={contentLang()}>
            {person.name}
          </h3>
          <p lang={contentLang()}>{person.description}</p>
        </li>
      ))}
    </ul>
  )
}
