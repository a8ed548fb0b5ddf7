import { BOOKMARK_STATUSES, BOOKMARK_STATUS_LABELS } from '@/lib/reading-list/model'
import type { ReadingListSearch } from '../lib/search'

const KIND_OPTIONS = [
  { value: '', label: 'All kinds' },
  { value: 'resource', label: 'Resources' },
  { value: 'community', label: 'Communities' },
] as const

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...BOOKMARK_STATUSES.map((status) => ({ value: status, label: BOOKMARK_STATUS_LABELS[status] })),
]

const SORT_OPTIONS = [
  { value: '', label: 'Date saved, newest first' },
  { value: 'title', label: 'Title' },
  { value: 'kind', label: 'Kind' },
] as const

/** Filter by kind and status, and sort; the choices live in the URL. An empty value means the default. */
export function ListControls({
  search,
  onChange,
}: {
  search: ReadingListSearch
  onChange: (change: Partial<ReadingListSearch>) => void
}) {
  const pick = <T extends string>(value: string) => (value === '' ? undefined : (value as T))
  return (
    <div className="list-controls" role="group" aria-label="Filter and sort">
      <label className="field">
        <span>Kind</span>
        <select value={search.kind ?? ''} onChange={(e) => onChange({ kind: pick(e.target.value) })}>
          {KIND_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Status</span>
        <select value={search.status ?? ''} onChange={(e) => onChange({ status: pick(e.target.value) })}>
          {STATUS_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Sort by</span>
        <select value={search.sort ?? ''} onChange={(e) => onChange({ sort: pick(e.target.value) })}>
          {SORT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
