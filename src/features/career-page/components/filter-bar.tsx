import { useId, useRef, useState, type Ref } from 'react'
import { TOPICS, type Topic, vocabularyLabels } from '@/content/vocabulary'
import type { ContentFilters } from '@/lib/content-search/filter'
import type { ItemSectionId } from '@/lib/content-search/items'
import { CAREER_SECTIONS } from '@/lib/career-sections'
import { toggleInList } from '@/lib/list-toggle'
import { MAX_QUERY_LENGTH } from '../lib/search'
import { useSettled } from '@/lib/use-settled'
import { CopyLinkButton } from './copy-link-button'
import { fill, messages } from '@/lib/i18n/runtime'
import { careerSectionHeading } from '@/lib/career-sections'

const STATUS_DELAY_MS = 400

export type FiltersChange = (next: ContentFilters, options: { replace: boolean }) => void

const activeCount = (f: ContentFilters) =>
  (f.q ? 1 : 0) +
  (f.topics?.length ?? 0) +
  (f.section ? 1 : 0) +
  (f.kinds?.length ?? 0) +
  (f.india ? 1 : 0) +
  (f.formats?.length ?? 0)

/**
 * The career page's filters: a text query, topic chips and a section picker. A disclosure on phones, always open on
 * wider screens. Chips, the picker and Clear all push a history entry, so Back undoes them; the page writes the
 * query itself (see CareerPage).
 */
export function FilterBar({
  filters,
  onChange,
  query,
  onQueryChange,
  toggleRef,
  topics,
  shown,
  total,
  emptySection,
  shareUrl,
}: {
  /** The current filters, the query included. */
  filters: ContentFilters
  onChange: FiltersChange
  /** The query box's text, as typed. */
  query: string
  onQueryChange: (text: string) => void
  /** The button that opens and closes the panel on phones. */
  toggleRef?: Ref<HTMLButtonElement>
  /** The topics this career's items carry, in vocabulary order. */
  topics: readonly Topic[]
  shown: number
  total: number
  /** Set when the chosen section is one the source leaves empty: said instead of "Showing 0 of N". */
  emptySection?: string
  /** The address of the view on screen, for "Copy link". */
  shareUrl: () => string
}) {
  const id = useId()
  const queryInput = useRef<HTMLInputElement>(null)
  const active = activeCount(filters)
  // Announced when typing pauses, not once per keystroke.
  const t = messages().career
  const status = useSettled(
    emptySection ? fill(t.emptySource, { section: emptySection }) : fill(t.showing, { shown, total }),
    STATUS_DELAY_MS,
  )
  const [open, setOpen] = useState(active > 0)
  // Filters that arrive from outside (a shared link applied after the page hydrates, Back) open the panel, so the
  // chips that are on can be seen; closing it is the reader's choice from then on.
  const [wasActive, setWasActive] = useState(active > 0)
  if (wasActive !== active > 0) {
    setWasActive(active > 0)
    if (active > 0) setOpen(true)
  }

  const toggleTopic = (topic: Topic) =>
    onChange({ ...filters, topics: toggleInList(filters.topics, topic, TOPICS) }, { replace: false })

  return (
    <div className="filter-bar" role="search" aria-label={t.filterRegion} data-needs-js="">
      <button
        ref={toggleRef}
        type="button"
        className="filter-bar__toggle button button--secondary"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        {t.filterToggle}
        {active > 0 && fill(t.filterActive, { count: active })}
      </button>
      <div id={`${id}-panel`} className="filter-bar__panel" hidden={!open}>
        <div className="filter-bar__row">
          <div className="field">
            <label htmlFor={`${id}-q`}>{t.searchPage}</label>
            <input
              ref={queryInput}
              id={`${id}-q`}
              type="search"
              value={query}
              maxLength={MAX_QUERY_LENGTH}
              placeholder={t.searchExample}
              onChange={(event) => onQueryChange(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-section`}>{t.section}</label>
            <select
              id={`${id}-section`}
              value={filters.section ?? ''}
              onChange={(event) =>
                onChange(
                  { ...filters, section: (event.target.value || undefined) as ItemSectionId | undefined },
                  { replace: false },
                )
              }
            >
              <option value="">{t.allSections}</option>
              {CAREER_SECTIONS.filter((s) => s.id !== 'overview').map((s) => (
                <option key={s.id} value={s.id}>
                  {careerSectionHeading(s.id)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div role="group" aria-labelledby={`${id}-topics`} className="chip-group">
          <p id={`${id}-topics`} className="chip-group__label">
            {t.topics} <span className="muted">{t.topicsHint}</span>
          </p>
          <ul className="chips">
            {topics.map((topic) => (
              <li key={topic}>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={filters.topics?.includes(topic) ?? false}
                  onClick={() => toggleTopic(topic)}
                >
                  {vocabularyLabels().topics[topic]}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={active === 0}
            onClick={() => {
              onChange({}, { replace: false })
              // The button disables itself; focus goes to the query box rather than being lost.
              queryInput.current?.focus()
            }}
          >
            {t.clearFilters}
          </button>
          <CopyLinkButton getUrl={shareUrl} />
        </div>
      </div>
      <p role="status" className="filter-bar__status">
        {status}
      </p>
    </div>
  )
}
