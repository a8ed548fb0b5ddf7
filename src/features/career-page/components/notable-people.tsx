import type { NotablePerson } from '@/content/schema'
import { itemAnchor } from '@/lib/career-sections'

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
        {sourceName} has this section but names no one in it yet, so neither do we. We only show people the
        source lists.
      </p>
    )
  }
  return (
    <ul className="item-list">
      {people.map((person) => (
        <li key={person.id} id={itemAnchor('notable-indians', person.id)} className="item">
          <h3 className="item__title">{person.name}</h3>
          <p>{person.description}</p>
        </li>
      ))}
    </ul>
  )
}
