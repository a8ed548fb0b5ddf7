import type { LabelledItem } from '@/content/schema'
import { itemAnchor, type CareerSectionId } from '@/lib/career-sections'

/** Responsibilities, advantages, challenges, education: the lead phrase in bold, then the rest, as on the page. */
export function LabelledList({
  section,
  items,
}: {
  section: CareerSectionId
  items: readonly LabelledItem[]
}) {
  return (
    <ul className="item-list item-list--compact">
      {items.map((item) => (
        <li key={item.id} id={itemAnchor(section, item.id)} className="item">
          <p>
            <strong>{item.label}</strong>
            {item.separator}
            {item.text}
          </p>
        </li>
      ))}
    </ul>
  )
}
