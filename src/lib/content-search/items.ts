// A career's content as one flat list of searchable items, each knowing its section, so one filter or one search
// runs across every section.
import type { Career } from '@/content/schema'
import {
  communityFormatGroups,
  type CommunityFormatGroup,
  type ResourceKind,
  type Topic,
  vocabularyLabels,
} from '@/content/vocabulary'
import type { CareerSectionId } from '@/lib/career-sections'
import { formatLakhRange } from '@/lib/format-inr'
import { fold } from './fold'

export type ItemSectionId = Exclude<CareerSectionId, 'overview'>

export interface ContentItem {
  careerId: string
  section: ItemSectionId
  id: string
  title: string
  /** The rest of the item's words, for matching and for a result's snippet. */
  text: string
  topics: readonly Topic[]
  resourceKind?: ResourceKind
  indiaFocused?: boolean
  formatGroups?: readonly CommunityFormatGroup[]
  /** Title and text folded once, so matching does no string work per keystroke beyond `includes`. */
  haystack: string
}

type ItemFields = Omit<ContentItem, 'careerId' | 'haystack'>

export function careerItems(career: Career): ContentItem[] {
  const fields: ItemFields[] = [
    ...career.day.map((s) => ({
      section: 'day' as const,
      id: s.id,
      title: s.title,
      text: s.text,
      topics: s.topics,
    })),
    ...career.mistakes.map((m) => ({
      section: 'mistakes' as const,
      id: m.id,
      title: m.title,
      text: m.instead ? `${m.why} ${m.instead}` : m.why,
      topics: m.topics,
    })),
    ...career.salaries.rows.map((r) => ({
      section: 'salaries' as const,
      id: r.id,
      title: r.place,
      text: `${vocabularyLabels().placeKinds[r.placeKind]} ${formatLakhRange(r.minLakh, r.maxLakh)}`,
      topics: [],
    })),
    ...career.notableIndians.map((p) => ({
      section: 'notable-indians' as const,
      id: p.id,
      title: p.name,
      text: p.description,
      topics: [],
    })),
    ...career.communities.map((c) => ({
      section: 'communities' as const,
      id: c.id,
      title: c.name,
      text: [...c.formats, c.description].join(' '),
      topics: c.topics,
      formatGroups: communityFormatGroups(c.formats),
    })),
    ...career.resources.map((r) => ({
      section: 'resources' as const,
      id: r.id,
      title: r.title,
      text: `${r.medium} by ${r.by}. ${r.why}`,
      topics: r.topics,
      resourceKind: r.kind,
      indiaFocused: r.indiaFocused,
    })),
    ...(['responsibilities', 'advantages', 'challenges', 'education'] as const).flatMap((section) =>
      career[section].map((item) => ({
        section,
        id: item.id,
        title: item.label,
        text: item.text,
        topics: item.topics,
      })),
    ),
  ]
  return fields.map((item) => ({
    ...item,
    careerId: career.id,
    haystack: fold(`${item.title} ${item.text}`),
  }))
}
