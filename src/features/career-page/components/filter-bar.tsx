import { useId, useState } from 'react'
import { TOPIC_LABELS, type Topic } from '@/content/vocabulary'
import type { ContentFilters } from '@/lib/content-search/filter'
import type { ItemSectionId } from '@/lib/content-search/items'
import { CAREER_SECTIONS } from '@/lib/career-sections'
import { MAX_QUERY_LENGTH } from '../lib/filter-search'
import { CopyLinkButton } from './copy-link-button'

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
 * wider screens. Typing replaces the history entry; every other change pushes one, so Back undoes it.
 */
export function FilterBar({
  filters,
  onChange,
  topics,
  shown,
  total,
}: {
  filters: ContentFilters
  onChange: FiltersChange
  /** The topics this career's items carry, in vocabulary order. */
  topics: readonly Topic[]
  shown: number
  total: number
}) {
  const id = useId()
  const active = activeCount(filters)
  const [open, setOpen] = useState(active > 0)

  // The query box keeps what the person typed; it follows the URL only when the URL changes by other means
  // (Back, a shared link, Clear all).
  const [draft, setDraft] = useState(filters.q ?? '')
  const [seenQuery, setSeenQuery] = useState(filters.q)
  if (filters.q !== seenQuery) {
    setSeenQuery(filters.q)
    if ((filters.q ?? '') !== draft.trim()) setDraft(filters.q ?? '')
  }

  const toggleTopic = (topic: Topic) => {
    const current = filters.topics ?? []
    const next = current.includes(topic) ? current.filter((t) => t !== topic) : [...current, topic]
    onChange({ ...filters, topics: next.length ? next : undefined }, { replace: false })
  }

  return (
    <div className="filter-bar" role="search" aria-label="This career">
      <button
        type="button"
        className="filter-bar__toggle button button--secondary"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        Filter this page{active > 0 && ` (${active} active)`}
      </button>
      <div id={`${id}-panel`} className="filter-bar__panel" hidden={!open}>
        <div className="filter-bar__row">
          <div className="field">
            <label htmlFor={`${id}-q`}>Search this page</label>
            <input
              id={`${id}-q`}
              type="search"
              value={draft}
              maxLength={MAX_QUERY_LENGTH}
              placeholder="e.g. asyncio, interviews, Bangalore"
              onChange={(event) => {
                setDraft(event.target.value)
                onChange({ ...filters, q: event.target.value.trim() || undefined }, { replace: true })
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-section`}>Section</label>
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
              <option value="">All sections</option>
              {CAREER_SECTIONS.filter((s) => s.id !== 'overview').map((s) => (
                <option key={s.id} value={s.id}>
                  {s.heading}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div role="group" aria-labelledby={`${id}-topics`} className="chip-group">
          <p id={`${id}-topics`} className="chip-group__label">
            Topics <span className="muted">(items with every chosen topic)</span>
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
                  {TOPIC_LABELS[topic]}
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
            onClick={() => onChange({}, { replace: false })}
          >
            Clear all filters
          </button>
          <CopyLinkButton />
        </div>
      </div>
      <p role="status" className="filter-bar__status">
        Showing {shown} of {total} items
      </p>
    </div>
  )
}
