import { ViewResult } from '@/components/layout/view-result'
import { useMemo, useRef, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { SourceCredit } from '@/components/source-credit'
import type { Career } from '@/content/schema'
import { STEP_KINDS, type StepKind, vocabularyLabels } from '@/content/vocabulary'
import { KindMix } from './components/kind-mix'
import type { ResourceAction } from './components/related-items'
import { StepDetail } from './components/step-detail'
import { EveryStep } from './components/every-step'
import { StepListbox } from './components/step-listbox'
import { PLAY_INTERVAL_MS, useAutoAdvance } from './hooks/use-auto-advance'
import { usePrefersReducedMotion } from '@/lib/use-prefers-reduced-motion'
import type { DaySearch } from './lib/search'
import { isHighlighted } from './lib/filter'
import { toggleInList } from '@/lib/list-toggle'
import { moveSelection, stepInDay, stepPosition, type StepMove } from './lib/navigation'
import { groupByPhase } from './lib/phases'
import './day-timeline.css'
import { PageHead } from '@/components/layout/page-head'
import { NoScriptNote, WithoutJavaScript } from '@/components/layout/without-javascript'
import type { SearchChange } from '@/lib/use-search-navigate'
import { fill, messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'
import { InEnglish } from '@/components/in-english'

export type { DaySearch } from './lib/search'
export type { ResourceAction } from './components/related-items'

const NO_KINDS: readonly StepKind[] = []

/**
 * `/careers/$careerId/day`: the day in the life as a timeline to walk through. The view lives in the URL
 * (`?step=4&kind=meeting,review`), validated by the route (lib/search.ts); this page reads it through `search` and
 * changes it through `onSearchChange`.
 *
 * History: choosing a step replaces the entry (arrow keys, Play and Next would otherwise bury the previous page
 * under a dozen entries; Back leaves the timeline as people expect, and reload or a shared link still restore the
 * step). Toggling a kind pushes one, so Back undoes a highlight, as with filters elsewhere in the app.
 */
export function DayTimelinePage({
  career,
  search,
  onSearchChange,
  resourceAction,
  intervalMs = PLAY_INTERVAL_MS,
}: {
  career: Career
  search: DaySearch
  onSearchChange: SearchChange<DaySearch>
  /** Rendered next to each reading item, e.g. the reading list's save toggle. */
  resourceAction?: ResourceAction
  intervalMs?: number
}) {
  const steps = career.day
  const count = steps.length
  const chosenStep = stepInDay(search, count)
  const kinds = search.kind ?? NO_KINDS
  const selectedIndex = (chosenStep ?? 1) - 1
  const groups = useMemo(() => groupByPhase(steps), [steps])
  const reducedMotion = usePrefersReducedMotion()
  const [playing, setPlaying] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const firstKindToggle = useRef<HTMLButtonElement>(null)

  const select = (index: number) => onSearchChange({ step: index + 1, kind: kinds }, { replace: true })
  const setKinds = (next: readonly StepKind[]) =>
    onSearchChange({ step: chosenStep, kind: next }, { replace: false })
  const move = (to: StepMove) => select(moveSelection(selectedIndex, count, to))

  useAutoAdvance({
    playing,
    stepKey: selectedIndex,
    intervalMs,
    onTick: () => {
      const next = moveSelection(selectedIndex, count, 'next')
      const atEnd = next >= count - 1
      select(next)
      if (atEnd) setPlaying(false)
      setAnnouncement(
        fill(atEnd ? messages().day.announceEnd : messages().day.announceStep, {
          position: stepPosition(next, count),
          title: steps[next]?.title ?? '',
        }),
      )
    },
  })

  function togglePlay() {
    if (playing) {
      setPlaying(false)
      setAnnouncement(
        fill(messages().day.paused, { position: stepPosition(selectedIndex, count).toLowerCase() }),
      )
      return
    }
    const from = selectedIndex >= count - 1 ? 0 : selectedIndex
    if (from !== selectedIndex) select(from)
    setPlaying(true)
    setAnnouncement(fill(messages().day.playingFrom, { position: stepPosition(from, count).toLowerCase() }))
  }

  const highlightedCount = steps.filter((step) => isHighlighted(step, kinds)).length
  const t = messages().day

  return (
    <article className="page day-page">
      <PageHead
        title={fill(t.pageTitle, { career: career.title })}
        description={fill(t.description, {
          career: career.title,
          region: career.region,
          publisher: career.source.publisher,
        })}
        path={`/careers/${career.id}/day`}
      />
      <nav aria-label={t.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t.careers}</Link>
          </li>
          <li>
            <Link to="/careers/$careerId" params={{ careerId: career.id }}>
              <InEnglish>{career.title}</InEnglish>
            </Link>
          </li>
          <li>
            <span aria-current="page">{t.crumb}</span>
          </li>
        </ol>
      </nav>
      <h1>{fillNodes(t.heading, { career: <InEnglish>{career.title}</InEnglish> })}</h1>
      <p className="section-note day-page__note">
        {t.intro} <SourceCredit source={career.source} />
      </p>

      <NoScriptNote>{t.noScript}</NoScriptNote>
      <WithoutJavaScript>
        <EveryStep steps={steps} />
      </WithoutJavaScript>

      <ViewResult>
        <div className="day-layout" data-needs-js="">
          <section aria-labelledby="day-steps-heading" className="day-layout__steps">
            <h2 id="day-steps-heading" className="day-steps-heading">
              {t.stepsHeading}
            </h2>
            {kinds.length > 0 && (
              <p className="day-highlight-note">
                {fill(t.highlighting, {
                  kinds: kinds.map((kind) => vocabularyLabels().stepKinds[kind]).join(t.kindSeparator),
                  count: highlightedCount,
                  total: count,
                })}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => firstKindToggle.current?.focus()}
                >
                  {t.changeHighlights}
                </button>
              </p>
            )}
            <StepListbox
              groups={groups}
              count={count}
              selectedIndex={selectedIndex}
              kinds={kinds}
              labelledBy="day-steps-heading"
              reducedMotion={reducedMotion}
              onSelect={select}
            />
          </section>

          <div className="day-layout__detail">
            <StepDetail
              career={career}
              index={selectedIndex}
              playing={playing}
              showCountdown={!reducedMotion}
              intervalMs={intervalMs}
              onMove={move}
              onTogglePlay={togglePlay}
              resourceAction={resourceAction}
            />
          </div>

          <div className="day-layout__mix">
            <KindMix
              steps={steps}
              kinds={kinds}
              firstToggleRef={firstKindToggle}
              onToggle={(kind) => setKinds(toggleInList(kinds, kind, STEP_KINDS))}
              onClear={() => setKinds([])}
            />
          </div>
        </div>
      </ViewResult>

      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </article>
  )
}
