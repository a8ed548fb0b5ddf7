import { BOOKMARK_STATUSES, bookmarkStatusLabel } from '@/lib/reading-list/model'
import type { ReadingListSearch } from '../lib/search'
import { messages } from '@/lib/i18n/runtime'

/** Each control's options; the empty value is the default, left out of the URL. */
const controls = (): readonly {
  name: keyof ReadingListSearch
  label: string
  options: readonly { value: string; label: string }[]
}[] => {
  const t = messages().readingList.controls
  return [
    {
      name: 'kind',
      label: t.kind,
      options: [
        { value: '', label: t.allKinds },
        { value: 'resource', label: t.resources },
        { value: 'community', label: t.communities },
      ],
    },
    {
      name: 'status',
      label: t.status,
      options: [
        { value: '', label: t.anyStatus },
        ...BOOKMARK_STATUSES.map((status) => ({ value: status, label: bookmarkStatusLabel(status) })),
      ],
    },
    {
      name: 'sort',
      label: t.sort,
      options: [
        { value: '', label: t.newest },
        { value: 'title', label: t.title },
        { value: 'kind', label: t.kindSort },
      ],
    },
  ]
}

/** Filter by kind and status, and sort; the choices live in the URL. */
export function ListControls({
  search,
  onChange,
}: {
  search: ReadingListSearch
  onChange: (change: Partial<ReadingListSearch>) => void
}) {
  return (
    <div className="list-controls" role="group" aria-label={messages().readingList.controls.group}>
      {controls().map(({ name, label, options }) => (
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
