import type { Career, DayStep } from '@/content/schema'
import type { Topic } from '@/content/vocabulary'

export type Related<T> = { item: T; shared: Topic[] }

export type RelatedToStep = {
  responsibilities: Related<Career['responsibilities'][number]>[]
  mistakes: Related<Career['mistakes'][number]>[]
  resources: Related<Career['resources'][number]>[]
}

function byTopics<T extends { topics: readonly Topic[] }>(items: readonly T[], topics: readonly Topic[]) {
  return items
    .map((item) => ({ item, shared: topics.filter((topic) => item.topics.includes(topic)) }))
    .filter((related) => related.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length) // stable: ties keep the career page's order
}

/** The career's responsibilities, mistakes and reading items that share at least one topic with the step. */
export function relatedToStep(career: Career, step: DayStep): RelatedToStep {
  return {
    responsibilities: byTopics(career.responsibilities, step.topics),
    mistakes: byTopics(career.mistakes, step.topics),
    resources: byTopics(career.resources, step.topics),
  }
}
