// The header search in the browser: a query fetches the words files its words need (see index-files.ts), ranks
// the items that have every word, then fetches the records of the careers whose items it shows. Files are fetched
// once per page and kept.
import {
  ITEM_SECTIONS,
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
import type { ItemSectionId } from './items'
import { searchTerms, shardKey } from './words'

/** Above this many bytes of words files (before compression) a query word is too short to look up. */
export const BROAD_BYTES = 512_000

export interface SiteSearchHit {
  careerId: string
  careerTitle: string
  section: ItemSectionId
  id: string
  title: string
  /** Where the query's words are in the title, to mark them. */
  marks: [number, number][]
}

export interface SiteSearchGroup {
  section: ItemSectionId
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

/**
 * The items that have every query word (each starting a word of the item), best first. `words[t]` holds the index's
 * words (with postings) among which the t-th term's matches are: those starting with it count.
 * Score, per query word: title over the rest, a whole word over a word's start; then query words next to each other
 * (in the query's order), and how much of the title the query covers. Ties keep the site's order.
 */
export function rankItems(
  terms: readonly string[],
  words: readonly (readonly [string, readonly Posting[]])[][],
): RankedItem[] {
  if (terms.length === 0) return []
  const candidates = new Map<string, Candidate>()
  terms.forEach((term, t) => {
    const seen = new Set<string>()
    for (const [word, postings] of words[t] ?? []) {
      if (!word.startsWith(term)) continue
      for (const [career, posting] of decode(postings)) {
        const [, section = 0, item = 0, titleWords = 0, ...positions] = posting
        const id = key(career, item)
        let candidate = candidates.get(id)
        if (t === 0 && !candidate) {
          candidate = { career, section, item, titleWords, matches: terms.map(() => []) }
          candidates.set(id, candidate)
        }
        if (!candidate) continue
        candidate.matches[t]?.push({ exact: word === term, positions })
        seen.add(id)
      }
    }
    // An item must have every word: drop those this one missed.
    if (t > 0) for (const id of candidates.keys()) if (!seen.has(id)) candidates.delete(id)
  })

  const ranked: RankedItem[] = []
  for (const candidate of candidates.values()) {
    if (candidate.matches.some((m) => m.length === 0)) continue
    ranked.push({
      career: candidate.career,
      section: candidate.section,
      item: candidate.item,
      score: score(candidate),
    })
  }
  return ranked.sort(
    (a, b) => b.score - a.score || a.career - b.career || a.section - b.section || a.item - b.item,
  )
}

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

  /** The index's words that a term may start, or undefined when they are too many to fetch. */
  async function wordsFor(term: string): Promise<[string, Posting[]][] | undefined> {
    if (!(await read<PrefixesFile>(prefixesFilePath)).includes(shardKey(term))) return []
    const top = await read<WordsFile>(wordsFilePath(term))
    const own = Object.entries(top.words)
    if (!top.more) return own
    // The words were split by longer prefixes: the files that can hold words starting with the term.
    const needed = Object.entries(top.more).filter(([p]) => p.startsWith(term) || term.startsWith(p))
    if (needed.reduce((sum, [, bytes]) => sum + bytes, 0) > broadBytes) return undefined
    const more = await Promise.all(needed.map(([p]) => read<WordsFile>(wordsFilePath(p, [...p].length))))
    return [...own, ...more.flatMap((file) => Object.entries(file.words))]
  }

  return async function search(typed: string, perSection = 5): Promise<SiteSearchResult> {
    const query = typed.trim()
    const terms = searchTerms(query)
    const words = await Promise.all(terms.map(wordsFor))
    const broad = terms.filter((_, t) => !words[t])
    if (terms.length === 0 || broad.length > 0) {
      const status =
        terms.length === 0
          ? `No results for “${query}”: search needs a word of two or more letters or digits.`
          : `Too many words start with “${broad.join('”, “')}”: type more of the word.`
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
    // Marked as matched: where a query word starts a word ("c++" marks the "C" of "C++").
    const tokens = queryTokens(terms.join(' '))
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
          }
        : undefined
    }
    return {
      query,
      status: ranked.length
        ? `${ranked.length} results. Use the arrow keys to choose, Enter to open.`
        : `No results for “${query}”.`,
      terms,
      broad,
      groups: [...groups].flatMap(([section, group]) => {
        const meta = ITEM_SECTIONS[section]
        const hits = group.shown.map(hit).filter((h): h is SiteSearchHit => h !== undefined)
        return meta && hits.length
          ? [{ section: meta.id, heading: meta.heading, hits, total: group.total }]
          : []
      }),
    }
  }
}
