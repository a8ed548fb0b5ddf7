// The reading list's filter and sort, as they appear in the URL. Invalid values fall back to the defaults, so a
// shared or hand-edited link always opens. Defaults are left out of the URL. Route options ship in the entry
// chunk, hence zod/mini.
import * as z from 'zod/mini'
import { BOOKMARK_KINDS, BOOKMARK_STATUSES } from '@/lib/reading-list/model'

export const READING_LIST_SORTS = ['saved', 'title', 'kind'] as const
export type ReadingListSort = (typeof READING_LIST_SORTS)[number]

export const readingListSearchSchema = z.object({
  kind: z.catch(z.optional(z.enum(BOOKMARK_KINDS)), undefined),
  status: z.catch(z.optional(z.enum(BOOKMARK_STATUSES)), undefined),
  /** Absent: by date saved, newest first. */
  sort: z.catch(z.optional(z.enum(READING_LIST_SORTS)), undefined),
})

export type ReadingListSearch = z.output<typeof readingListSearchSchema>
