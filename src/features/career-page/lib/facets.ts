// The per-section facet chips' options: resources by kind and by India focus, communities by how you take part.
import {
  COMMUNITY_FORMAT_GROUPS,
  RESOURCE_KINDS,
  type CommunityFormatGroup,
  type ResourceKind,
  vocabularyLabels,
} from '@/content/vocabulary'
import type { ContentItem } from '@/lib/content-search/items'

export interface FacetOption<T extends string> {
  value: T
  label: string
  /** Items of the whole career with this value, whatever the filters. */
  count: number
}

export interface CareerFacets {
  formats: FacetOption<CommunityFormatGroup>[]
  kinds: FacetOption<ResourceKind>[]
  /** How many items are India-focused. */
  india: number
}

/** The values that occur, in the vocabulary's order, each with its count. */
function facetOptions<T extends string>(
  vocabulary: readonly T[],
  labels: Readonly<Record<T, string>>,
  counts: ReadonlyMap<T, number>,
): FacetOption<T>[] {
  return vocabulary
    .filter((value) => counts.has(value))
    .map((value) => ({ value, label: labels[value], count: counts.get(value) ?? 0 }))
}

/** Every facet's options for a career's items, counted in one pass. */
export function careerFacets(items: readonly ContentItem[]): CareerFacets {
  const formats = new Map<CommunityFormatGroup, number>()
  const kinds = new Map<ResourceKind, number>()
  let india = 0
  for (const item of items) {
    if (item.section === 'communities')
      for (const group of item.formatGroups ?? []) formats.set(group, (formats.get(group) ?? 0) + 1)
    if (item.resourceKind) kinds.set(item.resourceKind, (kinds.get(item.resourceKind) ?? 0) + 1)
    if (item.indiaFocused) india += 1
  }
  return {
    formats: facetOptions(COMMUNITY_FORMAT_GROUPS, vocabularyLabels().communityFormats, formats),
    kinds: facetOptions(RESOURCE_KINDS, vocabularyLabels().resourceKinds, kinds),
    india,
  }
}
