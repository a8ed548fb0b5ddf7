import { Highlight } from '@/components/search/highlight'
import type { Mistake } from '@/content/schema'
import { itemAnchor } from '@/lib/career-sections'
import { SHOW_ALL, type ListView } from './list-view'
import { TopicTags } from '@/components/topic-tags'
import { messages } from '@/lib/i18n/runtime'

export function MistakeList({
  mistakes,
  view = SHOW_ALL,
}: {
  mistakes: readonly Mistake[]
  view?: ListView
}) {
  return (
    <ul className="item-list">
      {mistakes
        .filter((m) => view.isVisible(m.id))
        .map((mistake) => (
          <li key={mistake.id} id={itemAnchor('mistakes', mistake.id)} className="item">
            <h3 className="item__title">
              <Highlight text={mistake.title} tokens={view.tokens} />
            </h3>
            <p>
              <strong>{messages().career.why}</strong> <Highlight text={mistake.why} tokens={view.tokens} />
            </p>
            {mistake.instead ? (
              <p>
                <strong>{messages().career.instead}</strong>{' '}
                <Highlight text={mistake.instead} tokens={view.tokens} />
              </p>
            ) : (
              <p className="muted">{messages().career.noAlternative}</p>
            )}
            <TopicTags topics={mistake.topics} />
          </li>
        ))}
    </ul>
  )
}
