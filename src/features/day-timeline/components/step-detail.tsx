import type { Career } from '@/content/schema'
import { TopicTags } from '@/components/topic-tags'
import { vocabularyLabels } from '@/content/vocabulary'
import { stepPosition, type StepMove } from '../lib/navigation'
import { relatedToStep } from '../lib/related'
import { KindIcon } from './kind-icon'
import { RelatedItems, type ResourceAction } from './related-items'
import { messages, plural } from '@/lib/i18n/runtime'
import { contentLang } from '@/components/in-english'

/** The selected step in full: its text, kind and topics, where it sits in the day, and the controls to walk on. */
export function StepDetail({
  career,
  index,
  playing,
  showCountdown,
  intervalMs,
  onMove,
  onTogglePlay,
  resourceAction,
}: {
  career: Career
  index: number
  playing: boolean
  /** The animated bar counting down to the next step; off under reduced motion. */
  showCountdown: boolean
  intervalMs: number
  onMove: (move: StepMove) => void
  onTogglePlay: () => void
  resourceAction?: ResourceAction
}) {
  const step = career.day[index]
  if (!step) return null
  const count = career.day.length
  const atStart = index === 0
  const atEnd = index === count - 1
  return (
    <section aria-labelledby="day-detail-heading" className="step-detail">
      <p className="step-detail__position">
        {stepPosition(index, count)} · {vocabularyLabels().dayPhases[step.phase]}
      </p>
      <h2 id="day-detail-heading" className="step-detail__title" lang={contentLang()}>
        {step.title}
      </h2>
      <p className="step-detail__kind">
        <KindIcon kind={step.kind} />
        <span>
          <span className="visually-hidden">{messages().day.kindLabel}</span>
          {vocabularyLabels().stepKinds[step.kind]}
        </span>
      </p>

      <div className="player" role="group" aria-label={messages().day.player}>
        {/* aria-disabled, not disabled: the button keeps focus when it reaches an end of the day. */}
        <button
          type="button"
          className="button button--secondary player__button"
          aria-label={messages().day.previousStep}
          aria-disabled={atStart}
          onClick={() => !atStart && onMove('previous')}
        >
          <span className="player__glyph" aria-hidden="true">
            ←
          </span>{' '}
          {messages().day.previous}
        </button>
        <button
          type="button"
          className="button player__button player__play"
          aria-label={
            playing ? messages().day.pause : atEnd ? messages().day.replayLabel : messages().day.playLabel
          }
          onClick={onTogglePlay}
        >
          <span className="player__glyph" aria-hidden="true">
            {playing ? '❚❚' : atEnd ? '↻' : '▶'}
          </span>{' '}
          {playing ? messages().day.pause : atEnd ? messages().day.replay : messages().day.play}
        </button>
        <button
          type="button"
          className="button button--secondary player__button"
          aria-label={messages().day.nextStep}
          aria-disabled={atEnd}
          onClick={() => !atEnd && onMove('next')}
        >
          {messages().day.next}{' '}
          <span className="player__glyph" aria-hidden="true">
            →
          </span>
        </button>
      </div>
      {playing && (
        <div className="player__progress">
          <p className="player__note">{plural(intervalMs / 1000, messages().day.playingNote)}</p>
          {showCountdown && (
            <div className="player__countdown" aria-hidden="true">
              <span key={index} style={{ animationDuration: `${intervalMs}ms` }} />
            </div>
          )}
        </div>
      )}

      <p className="step-detail__text" lang={contentLang()}>
        {step.text}
      </p>
      {step.topics.length > 0 && (
        <div className="step-detail__topics">
          <h3 id="day-topics-heading" className="step-detail__subheading">
            {messages().career.topics}
          </h3>
          <TopicTags topics={step.topics} labelledBy="day-topics-heading" />
        </div>
      )}

      <RelatedItems
        career={career}
        related={relatedToStep(career, step)}
        hasTopics={step.topics.length > 0}
        resourceAction={resourceAction}
      />
    </section>
  )
}
