import type { DayStep } from '@/content/schema'
import { TopicTags } from '@/components/topic-tags'
import { vocabularyLabels } from '@/content/vocabulary'
import { stepPosition } from '../lib/navigation'
import { KindIcon } from './kind-icon'
import { messages } from '@/lib/i18n/runtime'
import { contentLang } from '@/components/in-english'

/**
 * The whole day at once, each step in full: what a reader without JavaScript gets instead of the timeline, whose
 * step list, Previous / Next, Play and highlights all need it.
 */
export function EveryStep({ steps }: { steps: readonly DayStep[] }) {
  return (
    <section aria-labelledby="day-every-step-heading" className="every-step">
      <h2 id="day-every-step-heading" className="day-steps-heading">
        {messages().day.stepsHeading}
      </h2>
      <ol className="every-step__list">
        {steps.map((step, index) => (
          <li key={step.id} className="step-detail every-step__step">
            <p className="step-detail__position">
              {stepPosition(index, steps.length)} · {vocabularyLabels().dayPhases[step.phase]}
            </p>
            <h3 className="step-detail__title" lang={contentLang()}>
              {step.title}
            </h3>
            <p className="step-detail__kind">
              <KindIcon kind={step.kind} />
              <span>
                <span className="visually-hidden">{messages().day.kindLabel}</span>
                {vocabularyLabels().stepKinds[step.kind]}
              </span>
            </p>
            <p className="step-detail__text" lang={contentLang()}>
              {step.text}
            </p>
            <TopicTags topics={step.topics} />
          </li>
        ))}
      </ol>
    </section>
  )
}
