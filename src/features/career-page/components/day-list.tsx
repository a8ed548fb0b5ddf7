import type { DayStep } from '@/content/schema'
import { DAY_PHASE_LABELS, STEP_KIND_LABELS } from '@/content/vocabulary'
import { itemAnchor } from '@/lib/career-sections'
import { TopicTags } from './topic-tags'

/** The day in the page's order. The source gives an order, not clock times, so none are shown. */
export function DayList({ steps }: { steps: readonly DayStep[] }) {
  return (
    <>
      <p className="section-note">
        A typical sprint day in the order the source describes it. The source gives no clock times, so none
        are shown.
      </p>
      <ol className="item-list day-list">
        {steps.map((step) => (
          <li key={step.id} id={itemAnchor('day', step.id)} className="item">
            <p className="item__eyebrow">
              {DAY_PHASE_LABELS[step.phase]} · {STEP_KIND_LABELS[step.kind]}
            </p>
            <h3 className="item__title">{step.title}</h3>
            <p>{step.text}</p>
            <TopicTags topics={step.topics} />
          </li>
        ))}
      </ol>
    </>
  )
}
