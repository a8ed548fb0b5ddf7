import type { Topic } from '@/content/vocabulary'
import { TOPIC_LABELS } from '@/content/vocabulary'

export function TopicTags({ topics }: { topics: readonly Topic[] }) {
  if (topics.length === 0) return null
  return (
    <ul className="tags" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic} className="tag">
          {TOPIC_LABELS[topic]}
        </li>
      ))}
    </ul>
  )
}
