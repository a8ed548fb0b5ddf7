import { SaveToggle } from '@/components/reading-list/save-toggle'
import type { Resource } from '@/content/schema'
import { itemAnchor } from '@/lib/career-sections'
import { TopicTags } from './topic-tags'

export function ResourceList({ careerId, resources }: { careerId: string; resources: readonly Resource[] }) {
  return (
    <ul className="item-list">
      {resources.map((resource) => (
        <li key={resource.id} id={itemAnchor('resources', resource.id)} className="item">
          <h3 className="item__title">{resource.title}</h3>
          <p className="item__eyebrow">
            {resource.medium} · by {resource.by}
            {resource.indiaFocused && <span className="badge">India-focused</span>}
          </p>
          <p>{resource.why}</p>
          <TopicTags topics={resource.topics} />
          <SaveToggle item={{ careerId, kind: 'resource', itemId: resource.id, title: resource.title }} />
        </li>
      ))}
    </ul>
  )
}
