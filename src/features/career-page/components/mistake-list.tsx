import type { Mistake } from '@/content/schema'
import { itemAnchor } from '@/lib/career-sections'
import { TopicTags } from './topic-tags'

export function MistakeList({ mistakes }: { mistakes: readonly Mistake[] }) {
  return (
    <ul className="item-list">
      {mistakes.map((mistake) => (
        <li key={mistake.id} id={itemAnchor('mistakes', mistake.id)} className="item">
          <h3 className="item__title">{mistake.title}</h3>
          <p>
            <strong>Why it hurts:</strong> {mistake.why}
          </p>
          {mistake.instead ? (
            <p>
              <strong>Instead:</strong> {mistake.instead}
            </p>
          ) : (
            <p className="muted">The source suggests no alternative for this one.</p>
          )}
          <TopicTags topics={mistake.topics} />
        </li>
      ))}
    </ul>
  )
}
