import { messages } from '@/lib/i18n/runtime'
import { careerSectionHeading } from '@/lib/career-sections'
// A career's own pages as the header search finds them: the career page (its title and overview), the salaries page
// (its places, and the units it shows) and the day page. Titles are the pages' headings.
import type { Career } from '@/content/schema'
import type { ItemSectionId } from './items'

export const PAGE_IDS = ['career', 'salaries', 'day'] as const
export type PageId = (typeof PAGE_IDS)[number]
export type SearchSectionId = 'pages' | ItemSectionId

/** What the search indexes of one page or item: its title and the rest of its words. */
export interface SearchItem {
  section: SearchSectionId
  id: string
  title: string
  text: string
}

export const isPageId = (id: string): id is PageId => (PAGE_IDS as readonly string[]).includes(id)

/** What a page result says under its title, in the interface language. */
export function pageLabel(id: PageId): string {
  const t = messages().search
  return { career: t.pageCareer, salaries: t.pageSalaries, day: t.pageDay }[id]
}

/** A group of results' heading, in the interface language: the pages, or the career page's section. */
export function sectionHeading(id: SearchSectionId): string {
  return id === 'pages' ? messages().search.pagesGroup : careerSectionHeading(id)
}

export function careerPages(career: Career): SearchItem[] {
  const { cohort, measure, rows } = career.salaries
  return [
    { section: 'pages', id: 'career', title: career.title, text: `${career.region}. ${career.overview}` },
    {
      section: 'pages',
      id: 'salaries',
      title: `${career.title} salaries by city`,
      // The page's figures (as the source describes them), its units, and every place it lists.
      text: `${cohort}, ${measure}: per year, per month, or in hand per month (an estimate). ${rows
        .map((row) => row.place)
        .join(', ')}.`,
    },
    { section: 'pages', id: 'day', title: `${career.title}: a day in the life`, text: 'Step by step.' },
  ]
}
