import { BOOKMARK_STATUSES, BOOKMARK_STATUS_LABELS } from '@/lib/reading-list/model'
import type { ReadingListSearch } from '../lib/search'

/** Each control's options; the empty value is the default, left out of the URL. */
const CONTROLS: readonly {
  name: keyof ReadingListSearch
  label: string
  options: readonly { value: string; label: string }[]
}[] = [
  {
    name: 'kind',
    label: 'Kind',
    options: [
      { value: '', label: 'All kinds' },
      { value: 'resource', label: 'Resources' },
      { value: 'community', label: 'Communities' },
    ],
  },
  {
    name: 'status',
    label: 'Status',
    options: [
      { value: '', label: 'Any status' },
      ...BOOKMARK_STATUSES.map((status) => ({ value: status, label: BOOKMARK_STATUS_LABELS[status] })),
    ],
  },
  {
    name: 'sort',
    label: 'Sort by',
    options: [
      { value: '', label: 'Date saved, newest first' },
      { value: 'title', label: 'Title' },
      { value: 'kind', label: 'Kind' },
    ],
  },
]

/** Filter by kind and status, and sort; the choices live in the URL. */
export function ListControls({
  search,
  onChange,
}: {
  search: ReadingListSearch
  onChange: (change: Partial<ReadingListSearch>) => void
}) {
  return (
    <div className="list-controls" role="group" aria-label="Filter and sort">
      {CONTROLS.map(({ name, label, options }) => (
        <label key={name} className="field">
          <span>{label}</span>
          <select
            value={search[name] ?? ''}
            // The values are the options' own; the route validates the URL again either way.
            onChange={(e) => onChange({ [name]: e.target.value || undefined } as Partial<ReadingListSearch>)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  )
}
