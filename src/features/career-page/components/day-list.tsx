import { Highlight } from '@/components/search/highlight'
import type { DayStep } from '@/content/schema'
import { vocabularyLabels } from '@/content/vocabulary'
import { itemAnchor } from '@/lib/career-sections'
import { SHOW_ALL, type ListView } from './list-view'
import { TopicTags } from '@/components/topic-tags'
import { fill, messages } from '@/lib/i18n/runtime'

/** The day in the page's order. The source gives an order, not clock times, so none are shown. */
export function DayList({ steps, view = SHOW_ALL }: { steps: readonly DayStep[]; view?: ListView }) {
  return (
    <>
      <p className="section-note">{messages().career.dayIntro}</p>
      <ol className="item-list day-list">
        {steps.map((step, index) =>
          view.isVisible(step.id) ? (
            // value keeps each step's place in the day when filters hide the steps before it.
            <li key={step.id} id={itemAnchor('day', step.id)} className="item" value={index + 1}>
              <p className="item__eyebrow">
                {fill(messages().career.dayStep, {
                  number: index + 1,
                  phase: vocabularyLabels().dayPhases[step.phase],
                  kind: vocabularyLabels().stepKinds[step.kind],
                })}
              </p>
              <h3 className="item__title">
                <Highlight text={step.title} tokens={view.tokens} />
              </h3>
              <p>
                <Highlight text={step.text} tokens={view.tokens} />
              </p>
              <TopicTags topics={step.topics} />
            </li>
          ) : null,
        )}
      </ol>
    </>
  )
}
