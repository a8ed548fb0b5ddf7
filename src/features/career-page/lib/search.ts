// The career page's filters as URL search params: ?q=async&topics=testing,databases&section=resources&kinds=book
import { COMMUNITY_FORMAT_GROUPS, RESOURCE_KINDS, TOPICS } from '@/content/vocabulary'
import { CAREER_SECTIONS } from '@/lib/career-sections'
import type { ItemSectionId } from '@/lib/content-search/items'
import { defineSearch, enumParam, flagParam, listParam, textParam } from '@/lib/search-params'

export const MAX_QUERY_LENGTH = 100

const ITEM_SECTIONS = CAREER_SECTIONS.map((s) => s.id).filter((id): id is ItemSectionId => id !== 'overview')

/** Unknown values are dropped and wrong types fall back to no filter; never throws. */
export const careerPageSearch = defineSearch({
  q: textParam(MAX_QUERY_LENGTH),
  topics: listParam(TOPICS),
  section: enumParam(ITEM_SECTIONS),
  kinds: listParam(RESOURCE_KINDS),
  india: flagParam(),
  formats: listParam(COMMUNITY_FORMAT_GROUPS),
})
