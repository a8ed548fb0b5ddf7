import type { Topic } from '@/content/vocabulary'
import { vocabularyLabels } from '@/content/vocabulary'
import { messages } from '@/lib/i18n/runtime'

/**
 * An item's topics as a list of tags, named "Topics" for screen readers; or, with `labelledBy`, by a visible
 * heading. Nothing when the item has no topics.
 */
export function TopicTags({ topics, labelledBy }: { topics: readonly Topic[]; labelledBy?: string }) {
  if (topics.length === 0) return null
  return (
    <ul
      className="tags"
      {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': messages().career.topicTags })}
    >
      {topics.map((topic) => (
        <li key={topic} className="tag">
          {vocabularyLabels().topics[topic]}
        </li>
      ))}
    </ul>
  )
}
