// The header search in the browser: a query fetches the words files its words need (see index-files.ts), ranks
// the items that have every word, then fetches the records of the careers whose items it shows. Files are fetched
// once per page and kept.
import {
  SEARCH_SECTIONS,
  TEXT_OFFSET,
  careerFilePath,
  prefixesFilePath,
  wordsFilePath,
  type CareerRecord,
  type Posting,
  type PrefixesFile,
  type WordsFile,
} from './index-files'
import { matchRanges, queryTokens } from './fold'
import { isPageId, pageLabel, sectionHeading, type SearchSectionId } from './pages'
import { fill, messages, plural } from '@/lib/i18n/runtime'
import { otherNumber, searchTerms, shardKey } from './words'

/** Above this many bytes of words files (before compression) a query word is too short to look up. */
export const BROAD_BYTES = 512_000

export interface SiteSearchHit {
  careerId: string
  careerTitle: string
  /** "pages" for one of the career's pages (`id` says which: career, salaries, day), else the item's section. */
  section: SearchSectionId
  id: string
  title: string
  /** Where the query's words are in the title, to mark them. */
  marks: [number, number][]
  /** What the result says under its title: the career of an item, which page a page is ("Salaries page"). */
  detail: string
}

export interface SiteSearchGroup {
  section: SearchSectionId
  heading: string
  hits: SiteSearchHit[]
  /** How many matched in all, when more than `hits` holds. */
  total: number
}

export interface SiteSearchResult {
  /** The query, trimmed. */
  query: string
  /** What a screen reader hears of the result, and what the popup says when nothing matched. */
  status: string
  /** The words looked up; none when the query has no word of two or more letters or digits. */
  terms: string[]
  /** Best group first, best hit first in each: the first hit of the first group is the best match. */
  groups: SiteSearchGroup[]
  /** Query words that start too many words to look up ("co" among a thousand careers): type more of them. */
  broad: string[]
}

/** One item that has a query word: where (field and closeness are scored from this) and how long its title is. */
interface WordMatch {
  /** The whole word (or its other number), not only its start. */
  exact: boolean
  positions: number[]
}
interface Candidate {
  career: number
  section: number
  item: number
  titleWords: number
  /** Per query word, the words of the item it starts. */
  matches: WordMatch[][]
}
export interface RankedItem {
  career: number
  section: number
  item: number
  score: number
}

const key = (career: number, item: number) => `${career}/${item}`

/** Each posting of a words list with its career number restored. */
function* decode(postings: readonly Posting[]): Generator<[number, Posting]> {
  let career = 0
  for (const posting of postings) {
    career += posting[0] ?? 0
    yield [career, posting]
  }
}

/** How a query word matches the words of the index: whole (or in its other number), or also as their start. */
export interface TermMatcher {
  term: string
  /** The same word in the other number ("salary" → "salaries"), matched whole. */
  forms: string[]
  /** Whether it may be the start of a longer word: the last word of the query, still being typed. */
  prefix: boolean
}

/**
 * How each query word matches: every word but the last must be a whole word of the item (or its singular or plural),
 * the last may also start a longer word ("fluent pyt"), as may a query of one word.
 */
export const termMatchers = (terms: readonly string[]): TermMatcher[] =>
  terms.map((term, t) => ({ term, forms: otherNumber(term), prefix: t === terms.length - 1 }))

const matchOf = ({ term, forms, prefix }: TermMatcher, word: string): WordMatch['exact'] | undefined =>
  word === term || forms.includes(word) ? true : prefix && word.startsWith(term) ? false : undefined

/**
 * The items that have every query word, best first (how each word matches: `termMatchers`). `words[t]` holds the
 * index's words (with postings) among which the t-th term's matches are.
 * In a query of several words, an item where the last word only starts a longer word, and not right after the word
 * before it, is left out when other items have it whole or as that phrase: "in hand" finds "in hand per month",
 * not "in the … handler"; "python fast" still finds FastAPI while no item has "fast" itself.
 * Score, per query word: title over the rest, a whole word over a word's start; then query words next to each other
 * (in the query's order), how much of the title the query covers, and a career's page over an item when its title
 * has a query word. Ties keep the site's order: pages first.
 */
export function rankItems(
  terms: readonly string[],
  words: readonly (readonly [string, readonly Posting[]])[][],
): RankedItem[] {
  if (terms.length === 0) return []
  const matchers = termMatchers(terms)
  const candidates = new Map<string, Candidate>()
  matchers.forEach((matcher, t) => {
    const seen = new Set<string>()
    for (const [word, postings] of words[t] ?? []) {
      const exact = matchOf(matcher, word)
      if (exact === undefined) continue
      for (const [career, posting] of decode(postings)) {
        const [, section = 0, item = 0, titleWords = 0, ...positions] = posting
        const id = key(career, item)
        let candidate = candidates.get(id)
        if (t === 0 && !candidate) {
          candidate = { career, section, item, titleWords, matches: terms.map(() => []) }
          candidates.set(id, candidate)
        }
        if (!candidate) continue
        candidate.matches[t]?.push({ exact, positions })
        seen.add(id)
      }
    }
    // An item must have every word: drop those this one missed.
    if (t > 0) for (const id of candidates.keys()) if (!seen.has(id)) candidates.delete(id)
  })

  let found = [...candidates.values()].filter((candidate) => candidate.matches.every((m) => m.length > 0))
  if (terms.length > 1) {
    const close = found.filter(lastWordHeld)
    if (close.length > 0) found = close
  }
  const ranked = found.map((candidate) => ({
    career: candidate.career,
    section: candidate.section,
    item: candidate.item,
    score: score(candidate),
  }))
  return ranked.sort(
    (a, b) => b.score - a.score || a.career - b.career || a.section - b.section || a.item - b.item,
  )
}

/** The last query word is in the item whole, or starts the word right after the query's word before it. */
function lastWordHeld(candidate: Candidate): boolean {
  const last = candidate.matches.at(-1) ?? []
  const before = new Set((candidate.matches.at(-2) ?? []).flatMap((m) => m.positions))
  return last.some(({ exact, positions }) => exact || positions.some((p) => before.has(p - 1)))
}

/** The section number of a career's pages (see SEARCH_SECTIONS). */
const PAGES = SEARCH_SECTIONS.findIndex((section) => section.id === 'pages')
/** More than any item can score: a page whose title has a query word comes before every item. */
const PAGE_TITLE_BONUS = 1_000_000

const inTitle = (position: number) => position < TEXT_OFFSET

function score(candidate: Candidate): number {
  let total = 0
  const titleHit = new Set<number>()
  for (const matches of candidate.matches) {
    let best = 0
    for (const { exact, positions } of matches) {
      for (const position of positions) {
        if (inTitle(position)) titleHit.add(position)
        best = Math.max(best, (inTitle(position) ? 10 : 3) + (exact ? 2 : 0))
      }
    }
    total += best
  }
  // Closeness: each pair of neighbouring query words found next to each other, in order, or at least in order.
  for (let t = 1; t < candidate.matches.length; t++) {
    const before = (candidate.matches[t - 1] ?? []).flatMap((m) => m.positions)
    const after = (candidate.matches[t] ?? []).flatMap((m) => m.positions)
    let pair = 0
    for (const a of before)
      for (const b of after) {
        if (inTitle(a) !== inTitle(b)) continue
        if (b === a + 1) pair = Math.max(pair, inTitle(a) ? 4 : 2)
        else if (b > a) pair = Math.max(pair, 1)
      }
    total += pair
  }
  // How much of the title the query covers: "Real Python" before "Real Python community".
  if (candidate.titleWords > 0) total += (2 * titleHit.size) / candidate.titleWords
  if (candidate.section === PAGES && titleHit.size > 0) total += PAGE_TITLE_BONUS
  return total
}

export type LoadFile = (file: string) => Promise<unknown>

/** Fetches an index file from this site, as the build wrote it. */
export const fetchIndexFile: LoadFile = async (file) => {
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`)
  if (!response.ok) throw new Error(`${file}: ${response.status}`)
  return response.json()
}

/** A search over the index that `load` reads, keeping every file it has read. */
export function createSiteSearch(load: LoadFile = fetchIndexFile, { broadBytes = BROAD_BYTES } = {}) {
  const files = new Map<string, Promise<unknown>>()
  const read = <T>(file: string): Promise<T> => {
    let pending = files.get(file)
    if (!pending) {
      pending = load(file)
      files.set(file, pending)
      // A failed fetch is tried again on the next query.
      pending.catch(() => files.delete(file))
    }
    return pending as Promise<T>
  }

  // Which words files exist: read as soon as the search is created (when the field is focused), before a query.
  read(prefixesFilePath).catch(() => {})

  /** The index's words that a query word may match, or undefined when they are too many to fetch. */
  async function wordsFor({ term, forms, prefix }: TermMatcher): Promise<[string, Posting[]][] | undefined> {
    if (!(await read<PrefixesFile>(prefixesFilePath)).includes(shardKey(term))) return []
    const top = await read<WordsFile>(wordsFilePath(term))
    const own = Object.entries(top.words)
    if (!top.more) return own
    // The words were split by longer prefixes: the files that can hold the word (and its other number), and when
    // it may be the start of a word, those of the words starting with it.
    const needed = Object.entries(top.more).filter(
      ([p]) => [term, ...forms].some((word) => word.startsWith(p)) || (prefix && p.startsWith(term)),
    )
    if (needed.reduce((sum, [, bytes]) => sum + bytes, 0) > broadBytes) return undefined
    const more = await Promise.all(needed.map(([p]) => read<WordsFile>(wordsFilePath(p, [...p].length))))
    return [...own, ...more.flatMap((file) => Object.entries(file.words))]
  }

  return async function search(typed: string, perSection = 5): Promise<SiteSearchResult> {
    const query = typed.trim()
    const terms = searchTerms(query)
    const matchers = termMatchers(terms)
    const words = await Promise.all(matchers.map(wordsFor))
    const broad = terms.filter((_, t) => !words[t])
    if (terms.length === 0 || broad.length > 0) {
      const t = messages().search
      const status =
        terms.length === 0
          ? fill(t.tooShort, { query })
          : fill(t.tooBroad, { words: broad.join(t.wordSeparator) })
      return { query, status, terms, groups: [], broad }
    }

    const ranked = rankItems(
      terms,
      words.map((list) => list ?? []),
    )
    // Groups in the order of their best hit; each keeps its best few.
    const groups = new Map<number, { shown: RankedItem[]; total: number }>()
    for (const item of ranked) {
      const group = groups.get(item.section) ?? { shown: [], total: 0 }
      groups.set(item.section, group)
      group.total++
      if (group.shown.length < perSection) group.shown.push(item)
    }
    const shown = [...groups.values()].flatMap((group) => group.shown)
    const careers = new Map<number, CareerRecord>()
    await Promise.all(
      [...new Set(shown.map((item) => item.career))].map(async (career) => {
        careers.set(career, await read<CareerRecord>(careerFilePath(career)))
      }),
    )
    // Marked as matched: where a query word (or its other number) starts a word ("c++" marks the "C" of "C++").
    const tokens = queryTokens(matchers.flatMap((m) => [m.term, ...m.forms]).join(' '))
    const hit = ({ career, item }: RankedItem): SiteSearchHit | undefined => {
      const record = careers.get(career)
      const [section, id, title] = record?.items[item] ?? []
      return record && section && id !== undefined && title !== undefined
        ? {
            careerId: record.id,
            careerTitle: record.title,
            section,
            id,
            title,
            marks: matchRanges(title, tokens, true),
            detail: section === 'pages' && isPageId(id) ? pageLabel(id) : record.title,
          }
        : undefined
    }
    return {
      query,
      status: ranked.length
        ? plural(ranked.length, messages().search.found)
        : fill(messages().search.noResults, { query }),
      terms,
      broad,
      groups: [...groups].flatMap(([section, group]) => {
        const meta = SEARCH_SECTIONS[section]
        const hits = group.shown.map(hit).filter((h): h is SiteSearchHit => h !== undefined)
        return meta && hits.length
          ? [{ section: meta.id, heading: sectionHeading(meta.id), hits, total: group.total }]
          : []
      }),
    }
  }
}
