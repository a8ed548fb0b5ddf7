import { SaveToggle } from '@/components/reading-list/save-toggle'
import { Highlight } from '@/components/search/highlight'
import type { Community } from '@/content/schema'
import { itemAnchor } from '@/lib/career-sections'
import { SHOW_ALL, type ListView } from './list-view'
import { TopicTags } from '@/components/topic-tags'
import { messages } from '@/lib/i18n/runtime'
import { InEnglish } from '@/components/in-english'

export function CommunityList({
  careerId,
  communities,
  view = SHOW_ALL,
}: {
  careerId: string
  communities: readonly Community[]
  view?: ListView
}) {
  return (
    <ul className="item-list">
      {communities
        .filter((c) => view.isVisible(c.id))
        .map((community) => (
          <li key={community.id} id={itemAnchor('communities', community.id)} className="item">
            <h3 className="item__title">
              <Highlight text={community.name} tokens={view.tokens} />
            </h3>
            <p className="item__eyebrow">
              {community.formats.length > 0 ? (
                <InEnglish>{community.formats.join(' + ')}</InEnglish>
              ) : (
                messages().career.formatNotStated
              )}
            </p>
            <p>
              <Highlight text={community.description} tokens={view.tokens} />
            </p>
            <TopicTags topics={community.topics} />
            <SaveToggle item={{ careerId, kind: 'community', itemId: community.id, title: community.name }} />
          </li>
        ))}
    </ul>
  )
}
