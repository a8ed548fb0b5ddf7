// The reading list's filter and sort, as they appear in the URL. Invalid values fall back to the defaults, so a
// shared or hand-edited link always opens. Defaults are left out of the URL. Route options ship in the entry
// chunk, hence the app's small shared parsers.
import { BOOKMARK_KINDS, BOOKMARK_STATUSES } from '@/lib/reading-list/model'
import { defineSearch, enumParam } from '@/lib/search-params'

export const READING_LIST_SORTS = ['saved', 'title', 'kind'] as const
export type ReadingListSort = (typeof READING_LIST_SORTS)[number]

const READING_LIST_PARAMS = {
  kind: enumParam(BOOKMARK_KINDS),
  status: enumParam(BOOKMARK_STATUSES),
  /** Absent: by date saved, newest first. */
  sort: enumParam(READING_LIST_SORTS),
}

export const readingListSearch = defineSearch(READING_LIST_PARAMS)

export type ReadingListSearch = ReturnType<typeof readingListSearch.validateSearch>
