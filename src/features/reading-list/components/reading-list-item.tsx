import { memo, useId } from 'react'
import { Link } from '@tanstack/react-router'
import { itemAnchor } from '@/lib/career-sections'
import {
  BOOKMARK_STATUSES,
  BOOKMARK_STATUS_LABELS,
  NOTE_MAX_LENGTH,
  type BookmarkStatus,
} from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'
import type { ReadingListRow } from '../lib/view'

/** The element id of a row, to bring focus back to it after an undo. */
export const readingItemId = (key: string) => `saved-${key.replaceAll('/', '--')}`

/** One saved item: what it is, its status and note, and a way to remove it. Re-renders only when its row changes. */
export const ReadingListItem = memo(function ReadingListItem({
  row,
  onRemove,
  onStatusChange,
}: {
  row: ReadingListRow
  onRemove: (row: ReadingListRow) => void
  onStatusChange: (row: ReadingListRow, status: BookmarkStatus) => void
}) {
  const { key, bookmark, item } = row
  const setNote = useReadingListStore((state) => state.setNote)
  const id = useId()
  const section = bookmark.kind === 'resource' ? 'resources' : 'communities'

  return (
    <li className="item reading-item" id={readingItemId(key)}>
      <h3 className="item__title" tabIndex={-1}>
        {item.listed ? (
          <Link
            to="/careers/$careerId"
            params={{ careerId: bookmark.careerId }}
            hash={itemAnchor(section, bookmark.itemId)}
          >
            {item.title}
          </Link>
        ) : (
          item.title
        )}
      </h3>
      {item.listed ? (
        <>
          <p className="item__eyebrow">
            {item.byline} · {item.career.title}
          </p>
          <p>{item.why}</p>
        </>
      ) : (
        <>
          <p className="item__eyebrow">
            {item.kindLabel} <span className="badge">No longer listed</span>
          </p>
          <p className="muted">
            {item.career ? `The ${item.career.title} page` : 'The career page'} no longer lists this item.
            Your bookmark and note are kept.
          </p>
        </>
      )}
      <div className="reading-item__fields">
        <label className="field">
          <span>
            Status <span className="visually-hidden">of {item.title}</span>
          </span>
          <select
            value={bookmark.status}
            onChange={(event) => onStatusChange(row, event.target.value as BookmarkStatus)}
          >
            {BOOKMARK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {BOOKMARK_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <div className="field field--wide">
          <label htmlFor={`${id}-note`}>
            Note <span className="visually-hidden">on {item.title}</span>
          </label>
          <textarea
            id={`${id}-note`}
            value={bookmark.note}
            maxLength={NOTE_MAX_LENGTH}
            rows={2}
            aria-describedby={`${id}-count`}
            onChange={(event) => setNote(key, event.target.value)}
          />
          <p id={`${id}-count`} className="field__help">
            {bookmark.note.length} of {NOTE_MAX_LENGTH} characters
          </p>
        </div>
      </div>
      <button type="button" className="button button--secondary" onClick={() => onRemove(row)}>
        Remove <span className="visually-hidden">{item.title}</span>
      </button>
    </li>
  )
})
