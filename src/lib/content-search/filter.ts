// Filtering a career's items: a text query, topics, one section, and per-section facets.
import type { CommunityFormatGroup, ResourceKind, Topic } from '@/content/vocabulary'
import { matchesAll, queryTokens } from './fold'
import type { ContentItem, ItemSectionId } from './items'

export interface ContentFilters {
  q?: string
  /** An item must carry every chosen topic, so adding a topic only ever narrows the view. */
  topics?: readonly Topic[]
  section?: ItemSectionId
  /** Resources only: any of these kinds. */
  kinds?: readonly ResourceKind[]
  /** Resources only: India-focused ones. */
  india?: boolean
  /** Communities only: any of these ways of taking part. */
  formats?: readonly CommunityFormatGroup[]
}

export function hasActiveFilters(filters: ContentFilters): boolean {
  return Boolean(
    filters.q?.trim() ||
    filters.topics?.length ||
    filters.section ||
    filters.kinds?.length ||
    filters.india ||
    filters.formats?.length,
  )
}

/** A predicate for one set of filters; the query is folded once, not once per item. */
export function itemMatcher(filters: ContentFilters): (item: ContentItem) => boolean {
  const tokens = queryTokens(filters.q ?? '')
  const topics = filters.topics ?? []
  const kinds = filters.kinds ?? []
  const formats = filters.formats ?? []
  return (item) => {
    if (filters.section && item.section !== filters.section) return false
    if (!topics.every((t) => item.topics.includes(t))) return false
    if (item.section === 'resources') {
      if (kinds.length > 0 && !(item.resourceKind && kinds.includes(item.resourceKind))) return false
      if (filters.india && !item.indiaFocused) return false
    }
    if (item.section === 'communities' && formats.length > 0) {
      if (!item.formatGroups?.some((g) => formats.includes(g))) return false
    }
    return matchesAll(item.haystack, tokens)
  }
}

export function filterItems(items: readonly ContentItem[], filters: ContentFilters): ContentItem[] {
  return items.filter(itemMatcher(filters))
}
