// What a bookmark points at in the content, for the reading-list page and its exports.
import type { Career } from '@/content/schema'
import { vocabularyLabels } from '@/content/vocabulary'
import { bookmarkKindLabel, type Bookmark } from './model'
import { fill, messages } from '@/lib/i18n/runtime'

export type SavedItemDescription =
  | {
      readonly listed: true
      readonly career: Career
      readonly title: string
      /** "Book", "Web", "Community"… */
      readonly kindLabel: string
      /** What it is and who made it ("Book · by Luciano Ramalho"), or how a community meets. */
      readonly byline: string
      /** Why it matters, in the source's words. */
      readonly why: string
    }
  | {
      /** The item has left the content: the bookmark is kept and shown with the title it was saved under. */
      readonly listed: false
      readonly career: Career | undefined
      readonly title: string
      readonly kindLabel: string
    }

export function describeSavedItem(
  careers: readonly Career[],
  bookmark: Pick<Bookmark, 'careerId' | 'kind' | 'itemId' | 'title'>,
): SavedItemDescription {
  const career = careers.find((c) => c.id === bookmark.careerId)
  if (career && bookmark.kind === 'resource') {
    const resource = career.resources.find((r) => r.id === bookmark.itemId)
    if (resource)
      return {
        listed: true,
        career,
        title: resource.title,
        kindLabel: vocabularyLabels().resourceKinds[resource.kind],
        byline: fill(messages().readingList.item.resourceBy, { medium: resource.medium, by: resource.by }),
        why: resource.why,
      }
  }
  if (career && bookmark.kind === 'community') {
    const community = career.communities.find((c) => c.id === bookmark.itemId)
    if (community)
      return {
        listed: true,
        career,
        title: community.name,
        kindLabel: bookmarkKindLabel('community'),
        byline:
          community.formats.length > 0
            ? fill(messages().readingList.item.community, { formats: community.formats.join(' + ') })
            : messages().readingList.item.communityNoFormat,
        why: community.description,
      }
  }
  return { listed: false, career, title: bookmark.title, kindLabel: bookmarkKindLabel(bookmark.kind) }
}
