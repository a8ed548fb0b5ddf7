import { SaveToggle } from '@/components/reading-list/save-toggle'
import type { Community } from '@/content/schema'
import { itemAnchor } from '@/lib/career-sections'
import { TopicTags } from './topic-tags'

export function CommunityList({
  careerId,
  communities,
}: {
  careerId: string
  communities: readonly Community[]
}) {
  return (
    <ul className="item-list">
      {communities.map((community) => (
        <li key={community.id} id={itemAnchor('communities', community.id)} className="item">
          <h3 className="item__title">{community.name}</h3>
          <p className="item__eyebrow">
            {community.formats.length > 0 ? community.formats.join(' + ') : 'Format not stated by the source'}
          </p>
          <p>{community.description}</p>
          <TopicTags topics={community.topics} />
          <SaveToggle item={{ careerId, kind: 'community', itemId: community.id, title: community.name }} />
        </li>
      ))}
    </ul>
  )
}
