import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { StepKind } from '@/content/vocabulary'
import { vocabularyLabels } from '@/content/vocabulary'
import { isHighlighted } from '../lib/filter'
import { KEY_MOVES, findByInitial, moveSelection } from '../lib/navigation'
import type { PhaseGroup } from '../lib/phases'
import { CheckIcon, KindIcon } from './kind-icon'
import { messages } from '@/lib/i18n/runtime'
import { contentLang } from '@/components/in-english'

export const optionId = (index: number) => `day-step-${index + 1}`

/**
 * The day as a single-select listbox with grouped options (WAI-ARIA APG "Listbox", grouped options), one group per
 * phase. Selection follows focus, so arrow keys, Home, End and type-ahead (a title's first letter) select as they
 * move. Focus is managed with a roving
 * tabindex: the selected option is the one tab stop and holds real DOM focus, so the browser keeps it scrolled into
 * view and phone screen readers, which handle aria-activedescendant unevenly, follow it.
 */
export function StepListbox({
  groups,
  count,
  selectedIndex,
  kinds,
  labelledBy,
  reducedMotion,
  onSelect,
}: {
  groups: readonly PhaseGroup[]
  count: number
  selectedIndex: number
  kinds: readonly StepKind[]
  labelledBy: string
  reducedMotion: boolean
  onSelect: (index: number) => void
}) {
  const listRef = useRef<HTMLDivElement>(null)
  // The step the keyboard has moved focus to, until the URL (and so the selection) catches up with it.
  const pendingRef = useRef<number | null>(null)
  const titles = groups.flatMap((group) => group.steps.map(({ step }) => step.title))
  const optionAt = (index: number) =>
    listRef.current?.querySelector<HTMLElement>(`#${optionId(index)}`) ?? null

  // When the selection changes from elsewhere (Play, Previous/Next, Back), keep the selected step in view inside the
  // list without scrolling the page under the person; if focus was in the list, it follows the selection.
  useEffect(() => {
    const list = listRef.current
    const option = list?.querySelector<HTMLElement>(`#${optionId(selectedIndex)}`)
    if (!list || !option) return
    if (list.contains(document.activeElement)) {
      // Keys can run ahead of the URL: never pull focus back to a step the keyboard has already left.
      if (pendingRef.current !== null) {
        if (pendingRef.current === selectedIndex) pendingRef.current = null
        return
      }
      if (document.activeElement !== option) option.focus()
      return
    }
    scrollIntoList(list, option, reducedMotion ? 'auto' : 'smooth')
  }, [selectedIndex, reducedMotion])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number) {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect(index)
      return
    }
    const move = Object.hasOwn(KEY_MOVES, event.key) ? KEY_MOVES[event.key] : undefined
    // Move from the focused option, not from the last committed selection: keys can arrive faster than the URL.
    const next = move
      ? moveSelection(index, count, move)
      : event.key.length === 1
        ? findByInitial(titles, index, event.key)
        : undefined
    if (next === undefined) return
    event.preventDefault()
    optionAt(next)?.focus()
    if (next !== index) {
      pendingRef.current = next
      onSelect(next)
    }
  }

  return (
    <div ref={listRef} role="listbox" aria-labelledby={labelledBy} className="step-list">
      {groups.map((group) => {
        const groupLabelId = `day-phase-${group.steps[0]?.index ?? 0}`
        return (
          <div key={groupLabelId} role="group" aria-labelledby={groupLabelId} className="step-list__group">
            <div id={groupLabelId} className="step-list__phase">
              {vocabularyLabels().dayPhases[group.phase]}
            </div>
            {group.steps.map(({ step, index }) => {
              const selected = index === selectedIndex
              const highlighted = isHighlighted(step, kinds)
              const dimmed = kinds.length > 0 && !highlighted
              return (
                <div
                  key={step.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={selected}
                  tabIndex={selected ? 0 : -1}
                  className={[
                    'step-option',
                    selected && 'step-option--selected',
                    highlighted && 'step-option--highlighted',
                    dimmed && 'step-option--dimmed',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  onClick={() => onSelect(index)}
                  onKeyDown={(event) => onKeyDown(event, index)}
                >
                  {/* The option's name comes from its text: "Step 4, Integration tests and draft PR, Deep work".
                      The hidden commas and "Step" make it read as a sentence; the spaces between them are text
                      nodes, which flex layout ignores. */}
                  <span className="step-option__number">
                    <span className="visually-hidden">{messages().day.stepWord}</span> {index + 1}
                  </span>
                  <span className="visually-hidden">,</span>{' '}
                  <span className="step-option__body">
                    <span className="step-option__title" lang={contentLang()}>
                      {step.title}
                    </span>
                    <span className="visually-hidden">,</span>{' '}
                    <span className="step-option__meta">
                      <span className="step-option__kind">
                        <KindIcon kind={step.kind} />
                        {vocabularyLabels().stepKinds[step.kind]}
                      </span>
                      {highlighted && (
                        <>
                          <span className="visually-hidden">,</span>{' '}
                          <span className="step-option__match">
                            <CheckIcon />
                            {messages().day.highlightedMark}
                          </span>
                        </>
                      )}
                    </span>
                  </span>
                </div>
              )
            })}
          </div>
        )
      })}
    </div>
  )
}

/** Scrolls only the list (never the page) so that `option` is fully visible, its phase label too if it leads one. */
function scrollIntoList(list: HTMLElement, option: HTMLElement, behavior: ScrollBehavior) {
  if (list.scrollHeight <= list.clientHeight) return
  const listBox = list.getBoundingClientRect()
  const group = option.parentElement
  const leadsGroup = group?.querySelector('[role="option"]') === option
  const top = (leadsGroup && group ? group : option).getBoundingClientRect().top
  const bottom = option.getBoundingClientRect().bottom
  const margin = 8
  if (top < listBox.top) list.scrollBy({ top: top - listBox.top - margin, behavior })
  else if (bottom > listBox.bottom) list.scrollBy({ top: bottom - listBox.bottom + margin, behavior })
}
