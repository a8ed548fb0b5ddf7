import { memo, useId } from 'react'
import { Link } from '@tanstack/react-router'
import { itemAnchor } from '@/lib/career-sections'
import {
  BOOKMARK_STATUSES,
  bookmarkStatusLabel,
  NOTE_MAX_LENGTH,
  type BookmarkStatus,
} from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'
import type { ReadingListRow } from '../lib/view'
import { fill, messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'
import { InEnglish, contentLang } from '@/components/in-english'

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
  const t = messages().readingList.item
  const title = <InEnglish>{item.title}</InEnglish>

  return (
    <li className="item reading-item" id={readingItemId(key)}>
      <h3 className="item__title" tabIndex={-1}>
        {item.listed ? (
          <Link
            to="/careers/$careerId"
            params={{ careerId: bookmark.careerId }}
            hash={itemAnchor(section, bookmark.itemId)}
          >
            {title}
          </Link>
        ) : (
          title
        )}
      </h3>
      {item.listed ? (
        <>
          <p className="item__eyebrow">
            {fillNodes(t.byline, {
              byline: <InEnglish>{item.byline}</InEnglish>,
              career: <InEnglish>{item.career.title}</InEnglish>,
            })}
          </p>
          <p lang={contentLang()}>{item.why}</p>
        </>
      ) : (
        <>
          <p className="item__eyebrow">
            {item.kindLabel} <span className="badge">{t.noLongerListed}</span>
          </p>
          <p className="muted">
            {item.career
              ? fillNodes(t.careerNoLonger, { career: <InEnglish>{item.career.title}</InEnglish> })
              : t.pageNoLonger}
          </p>
        </>
      )}
      <div className="reading-item__fields">
        <label className="field">
          <span>
            {t.status} <span className="visually-hidden">{fillNodes(t.statusOf, { title })}</span>
          </span>
          <select
            value={bookmark.status}
            onChange={(event) => onStatusChange(row, event.target.value as BookmarkStatus)}
          >
            {BOOKMARK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {bookmarkStatusLabel(status)}
              </option>
            ))}
          </select>
        </label>
        <div className="field field--wide">
          <label htmlFor={`${id}-note`}>
            {t.note} <span className="visually-hidden">{fillNodes(t.noteOn, { title })}</span>
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
            {fill(t.characters, { count: bookmark.note.length, max: NOTE_MAX_LENGTH })}
          </p>
        </div>
      </div>
      <button type="button" className="button button--secondary" onClick={() => onRemove(row)}>
        {t.remove} <span className="visually-hidden">{title}</span>
      </button>
    </li>
  )
})
