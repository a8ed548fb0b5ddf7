// The header search: every career's items in one index, searched by words and grouped by section. Loaded on
// first use, so neither the content nor this code weighs on the entry chunk.
import { allCareers } from '@/content/all-careers'
import { CAREER_SECTIONS } from '@/lib/career-sections'
import { fold, matchesAll, queryTokens } from './fold'
import { careerItems, type ContentItem, type ItemSectionId } from './items'

export interface SiteSearchHit extends ContentItem {
  careerTitle: string
}

export interface SiteSearchGroup {
  section: ItemSectionId
  heading: string
  hits: SiteSearchHit[]
  /** How many matched in all, when more than `hits` holds. */
  total: number
}

export interface SiteIndex {
  items: SiteSearchHit[]
  titles: string[]
}

export function buildSiteIndex(careers = allCareers): SiteIndex {
  const items = careers.flatMap((career) =>
    careerItems(career).map((item) => ({ ...item, careerTitle: career.title })),
  )
  return { items, titles: items.map((item) => fold(item.title)) }
}

/** Matches for a query, grouped in the career page's section order; title matches first within a group. */
export function searchSite(index: SiteIndex, query: string, perSection = 5): SiteSearchGroup[] {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return []
  const groups = new Map<ItemSectionId, { title: SiteSearchHit[]; text: SiteSearchHit[] }>()
  index.items.forEach((item, i) => {
    if (!matchesAll(item.haystack, tokens)) return
    const group = groups.get(item.section) ?? { title: [], text: [] }
    const inTitle = tokens.some((t) => index.titles[i]?.includes(t))
    ;(inTitle ? group.title : group.text).push(item)
    groups.set(item.section, group)
  })
  const result: SiteSearchGroup[] = []
  for (const { id, heading } of CAREER_SECTIONS) {
    if (id === 'overview') continue
    const group = groups.get(id)
    if (!group) continue
    const all = [...group.title, ...group.text]
    result.push({ section: id, heading, hits: all.slice(0, perSection), total: all.length })
  }
  return result
}
