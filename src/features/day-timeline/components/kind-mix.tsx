import type { Ref } from 'react'
import type { DayStep } from '@/content/schema'
import { type StepKind, vocabularyLabels } from '@/content/vocabulary'
import { countByKind, highlightSummary } from '../lib/filter'
import { CheckIcon, KindIcon } from './kind-icon'
import { fill, messages, plural } from '@/lib/i18n/runtime'

/**
 * The day's mix and the kind filter in one: a bar per kind with its count of steps (steps, not hours: the source
 * times only a few steps), each kind's name a toggle that highlights its steps in the timeline. A plain list of text and
 * CSS bars: eight small whole numbers read better as words than as a chart, cost no JavaScript, and a screen reader
 * gets the same facts as everyone else.
 */
export function KindMix({
  steps,
  kinds,
  firstToggleRef,
  onToggle,
  onClear,
}: {
  steps: readonly DayStep[]
  kinds: readonly StepKind[]
  /** The first kind's toggle, for "Change highlights" to move focus to. */
  firstToggleRef?: Ref<HTMLButtonElement>
  onToggle: (kind: StepKind) => void
  onClear: () => void
}) {
  const counts = countByKind(steps)
  const most = Math.max(1, ...counts.map((row) => row.count))
  return (
    <section id="day-mix" aria-labelledby="day-mix-heading" className="kind-mix">
      <h2 id="day-mix-heading">{messages().day.mixHeading}</h2>
      <p className="muted">{fill(messages().day.mixIntro, { count: steps.length })}</p>
      <ul className="kind-mix__list">
        {counts.map(({ kind, count }, index) => {
          const pressed = kinds.includes(kind)
          return (
            <li key={kind} className="kind-mix__row">
              <button
                ref={index === 0 ? firstToggleRef : undefined}
                type="button"
                className="kind-toggle"
                aria-pressed={pressed}
                data-kind={kind}
                onClick={() => onToggle(kind)}
              >
                <KindIcon kind={kind} />
                {vocabularyLabels().stepKinds[kind]}
                {pressed && <CheckIcon />}
              </button>
              <span className="kind-mix__bar" aria-hidden="true">
                <span style={{ width: `${(count / most) * 100}%` }} />
              </span>
              <span className="kind-mix__count">{plural(count, messages().day.steps)}</span>
            </li>
          )
        })}
      </ul>
      <p role="status" className="kind-mix__status">
        {highlightSummary(steps, kinds)}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={kinds.length === 0}
        onClick={() => kinds.length > 0 && onClear()}
      >
        {messages().day.clearHighlights}
      </button>
    </section>
  )
}
