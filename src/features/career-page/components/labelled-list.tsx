import { Highlight } from '@/components/search/highlight'
import type { LabelledItem } from '@/content/schema'
import { itemAnchor, type CareerSectionId } from '@/lib/career-sections'
import { SHOW_ALL, type ListView } from './list-view'
import { TopicTags } from '@/components/topic-tags'

/** Responsibilities, advantages, challenges, education: the lead phrase in bold, then the rest, as on the page. */
export function LabelledList({
  section,
  items,
  view = SHOW_ALL,
}: {
  section: CareerSectionId
  items: readonly LabelledItem[]
  view?: ListView
}) {
  return (
    <ul className="item-list item-list--compact">
      {items
        .filter((item) => view.isVisible(item.id))
        .map((item) => (
          <li key={item.id} id={itemAnchor(section, item.id)} className="item">
            <p>
              <strong>
                <Highlight text={item.label} tokens={view.tokens} />
              </strong>
              {item.separator}
              <Highlight text={item.text} tokens={view.tokens} />
            </p>
            <TopicTags topics={item.topics} />
          </li>
        ))}
    </ul>
  )
}
