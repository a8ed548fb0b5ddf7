// The career page's sections and item anchors. Shared because other pages link to items on the career page.
import type { Career } from '@/content/schema'
import { messages } from '@/lib/i18n/runtime'

/** The career page's sections, in the source page's order. Their headings (the source page's own, in English) are
 * messages: careerSectionHeading. */
export const CAREER_SECTIONS = [
  { id: 'overview' },
  { id: 'day' },
  { id: 'mistakes' },
  { id: 'salaries' },
  { id: 'notable-indians' },
  { id: 'communities' },
  { id: 'resources' },
  { id: 'responsibilities' },
  { id: 'advantages' },
  { id: 'challenges' },
  { id: 'education' },
] as const

/** A section's heading in the interface language (the source's own heading in English). */
export const careerSectionHeading = (id: CareerSectionId): string => messages().career.sections[id]

export type CareerSectionId = (typeof CAREER_SECTIONS)[number]['id']

/** How many items a section holds; the overview is prose, not a list. */
export function sectionItemCount(career: Career, id: CareerSectionId): number | undefined {
  switch (id) {
    case 'overview':
      return undefined
    case 'day':
      return career.day.length
    case 'mistakes':
      return career.mistakes.length
    case 'salaries':
      return career.salaries.rows.length
    case 'notable-indians':
      return career.notableIndians.length
    case 'communities':
      return career.communities.length
    case 'resources':
      return career.resources.length
    case 'responsibilities':
      return career.responsibilities.length
    case 'advantages':
      return career.advantages.length
    case 'challenges':
      return career.challenges.length
    case 'education':
      return career.education.length
  }
}

/** The anchor of one item on the career page, e.g. "resources-fluent-python". */
export function itemAnchor(section: CareerSectionId, itemId: string): string {
  return `${section}-${itemId}`
}
