// The career page's sections and item anchors. Shared because other pages link to items on the career page.
import type { Career } from '@/content/schema'
import { messages } from '@/lib/i18n/runtime'

/** The career page's sections, in the source page's order, with the page's own headings. */
export const CAREER_SECTIONS = [
  { id: 'overview', heading: 'Overview' },
  { id: 'day', heading: 'A day in the life' },
  { id: 'mistakes', heading: 'Common mistakes' },
  { id: 'salaries', heading: 'Salary by Indian city' },
  { id: 'notable-indians', heading: 'Notable Indians in this career' },
  { id: 'communities', heading: 'Communities + forums' },
  { id: 'resources', heading: 'What to read / watch / follow' },
  { id: 'responsibilities', heading: 'Daily responsibilities' },
  { id: 'advantages', heading: 'Advantages' },
  { id: 'challenges', heading: 'Challenges' },
  { id: 'education', heading: 'Education' },
] as const

/** A section's heading in the interface language (the source's own heading in English). */
export const careerSectionHeading = (id: CareerSectionId): string => messages().career.sections[id]

/** The English section headings in page order (the source page's): what tests compare the page with. */
export const CAREER_SECTION_HEADINGS: readonly string[] = CAREER_SECTIONS.map((section) => section.heading)

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
