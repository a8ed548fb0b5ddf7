// The header search's index files, as the build writes them (search-index.ts) and the browser reads them
// (query-index.ts):
//   search/prefixes.json        the two-character prefixes that have a words file, so no query asks for a missing one
//   search/words/<prefix>.json  the words starting with <prefix> (their first two characters), with their postings;
//                               a file that would grow past SPLIT_BYTES keeps only the words as long as its prefix,
//                               the rest go to files of longer prefixes ("py" → "pyt" → … → "python"), all of
//                               which the two-character file lists in `more`, with their sizes
//   search/careers/<n>.json     career n's id, title and items (section, id, title): what a result shows; its
//                               pages (the career page, salaries, day: section "pages") come first
// A posting is [career, section, item, titleWords, ...positions]: the career's number as a difference from the
// previous posting's (mostly 0 or 1, which compresses well), the section's index in SEARCH_SECTIONS, the item's index
// in its career's file, how many words the item's title has, and up to MAX_POSITIONS places where the word occurs:
// p < TEXT_OFFSET is the title's p-th word, TEXT_OFFSET + p the p-th word of the rest.
import { CAREER_SECTIONS } from '@/lib/career-sections'
import type { ItemSectionId } from './items'
import type { SearchSectionId } from './pages'
import { MIN_WORD_LENGTH, shardKey } from './words'

const ITEM_SECTIONS = CAREER_SECTIONS.filter(
  (section): section is Extract<(typeof CAREER_SECTIONS)[number], { id: ItemSectionId }> =>
    section.id !== 'overview',
)

/** What the search finds, in this order: a career's pages, then the items of each section of the career page. */
export const SEARCH_SECTIONS: readonly { id: SearchSectionId }[] = [{ id: 'pages' }, ...ITEM_SECTIONS]

export const TEXT_OFFSET = 100
export const MAX_POSITIONS = 4

export type Posting = number[]
export interface WordsFile {
  /** Word → its postings, in career and item order. */
  words: Record<string, Posting[]>
  /**
   * When the words were too many for one file: the longer prefixes that have files of their own, at any depth, and
   * each file's size in bytes.
   */
  more?: Record<string, number>
}
/** What a result shows of one item or page: [section, item id (for a page, which page), title]. */
export type CareerItemRecord = [section: SearchSectionId, id: string, title: string]
export interface CareerRecord {
  id: string
  title: string
  items: CareerItemRecord[]
}

export const SEARCH_DIR = 'search'
/** The file of the words starting with a prefix of `length` characters of `word`. */
export const wordsFilePath = (word: string, length = MIN_WORD_LENGTH) =>
  `${SEARCH_DIR}/words/${shardKey(word, length)}.json`
export const prefixesFilePath = `${SEARCH_DIR}/prefixes.json`
export const careerFilePath = (career: number) => `${SEARCH_DIR}/careers/${career}.json`

/** search/prefixes.json: the two-character prefixes with a words file, as in file names (`shardKey`). */
export type PrefixesFile = string[]

export interface SearchIndexFile {
  /** The file's path inside the build, e.g. "search/words/py.json". */
  file: string
  body: string
}
