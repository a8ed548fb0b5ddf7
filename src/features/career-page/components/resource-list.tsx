import { SaveToggle } from '@/components/reading-list/save-toggle'
import { Highlight } from '@/components/search/highlight'
import type { Resource } from '@/content/schema'
import { itemAnchor } from '@/lib/career-sections'
import { SHOW_ALL, type ListView } from './list-view'
import { TopicTags } from '@/components/topic-tags'
import { messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'

export function ResourceList({
  careerId,
  resources,
  view = SHOW_ALL,
}: {
  careerId: string
  resources: readonly Resource[]
  view?: ListView
}) {
  return (
    <ul className="item-list">
      {resources
        .filter((r) => view.isVisible(r.id))
        .map((resource) => (
          <li key={resource.id} id={itemAnchor('resources', resource.id)} className="item">
            <h3 className="item__title">
              <Highlight text={resource.title} tokens={view.tokens} />
            </h3>
            <p className="item__eyebrow">
              {fillNodes(messages().career.resourceBy, {
                medium: <Highlight text={resource.medium} tokens={view.tokens} />,
                by: <Highlight text={resource.by} tokens={view.tokens} />,
              })}
              {resource.indiaFocused && (
                <>
                  {' '}
                  <span className="badge">{messages().career.indiaFocused}</span>
                </>
              )}
            </p>
            <p>
              <Highlight text={resource.why} tokens={view.tokens} />
            </p>
            <TopicTags topics={resource.topics} />
            <SaveToggle item={{ careerId, kind: 'resource', itemId: resource.id, title: resource.title }} />
          </li>
        ))}
    </ul>
  )
}
