// Builds the header search's index files from every career (the format: index-files.ts). Runs at build time, and
// in the unit tests.
import type { Career } from '@/content/schema'
import {
  MAX_POSITIONS,
  SEARCH_SECTIONS,
  TEXT_OFFSET,
  careerFilePath,
  prefixesFilePath,
  wordsFilePath,
  type CareerRecord,
  type Posting,
  type PrefixesFile,
  type SearchIndexFile,
  type WordsFile,
} from './index-files'
import { careerItems } from './items'
import { careerPages, type SearchItem } from './pages'
import { MIN_WORD_LENGTH, shardKey, textWords } from './words'

/** Above this many bytes (before compression) a words file is split by one more character. */
export const SPLIT_BYTES = 64_000

const SECTION_INDEX = new Map<string, number>(SEARCH_SECTIONS.map((section, i) => [section.id, i]))
const byWord = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0)
const prefix = (word: string, length: number) => [...word].slice(0, length).join('')

/** Every file of the search index for these careers, in a stable order. */
export function buildSearchIndex(
  careers: readonly Career[],
  { splitBytes = SPLIT_BYTES } = {},
): SearchIndexFile[] {
  const words = new Map<string, Posting[]>()
  const lastCareer = new Map<string, number>()
  const files: SearchIndexFile[] = []

  careers.forEach((career, careerNumber) => {
    // The career's pages first, then its items; an item's number is its place here.
    const items: SearchItem[] = [...careerPages(career), ...careerItems(career)]
    const record: CareerRecord = {
      id: career.id,
      title: career.title,
      items: items.map((item) => [item.section, item.id, item.title]),
    }
    files.push({ file: careerFilePath(careerNumber), body: JSON.stringify(record) })

    items.forEach((item, itemNumber) => {
      const section = SECTION_INDEX.get(item.section)
      if (section === undefined) throw new Error(`${career.id}: unknown section ${item.section}`)
      const title = textWords(item.title)
      if (title.length >= TEXT_OFFSET)
        throw new Error(`${career.id}/${item.id}: a title of ${TEXT_OFFSET} words or more`)
      const positions = new Map<string, number[]>()
      const note = (word: string, position: number) => {
        if ([...word].length < MIN_WORD_LENGTH) return
        const list = positions.get(word) ?? []
        if (list.length < MAX_POSITIONS) list.push(position)
        positions.set(word, list)
      }
      title.forEach((word, i) => note(word, i))
      textWords(item.text).forEach((word, i) => note(word, TEXT_OFFSET + i))

      for (const [word, places] of positions) {
        const postings = words.get(word) ?? []
        words.set(word, postings)
        postings.push([
          careerNumber - (lastCareer.get(word) ?? 0),
          section,
          itemNumber,
          title.length,
          ...places,
        ])
        lastCareer.set(word, careerNumber)
      }
    })
  })

  const groups = new Map<string, WordEntry[]>()
  for (const [word, postings] of [...words].sort(byWord)) {
    const key = prefix(word, MIN_WORD_LENGTH)
    const group = groups.get(key) ?? []
    groups.set(key, group)
    group.push({
      word,
      length: [...word].length,
      json: `${JSON.stringify(word)}:${JSON.stringify(postings)}`,
    })
  }
  const prefixes: PrefixesFile = [...groups.keys()].map((key) => shardKey(key))
  files.push({ file: prefixesFilePath, body: JSON.stringify(prefixes) })
  for (const [key, entries] of groups)
    files.push(...wordsFiles(key, entries, splitBytes).map(({ file, body }) => ({ file, body })))
  return files
}

interface PrefixFile extends SearchIndexFile {
  prefix: string
}

/** A word, its length in characters, and its entry as written in a words file: "word":[postings]. */
interface WordEntry {
  word: string
  length: number
  json: string
}

const wordsBody = (entries: readonly WordEntry[], more?: WordsFile['more']) =>
  `{"words":{${entries.map((e) => e.json).join(',')}}${more ? `,"more":${JSON.stringify(more)}` : ''}}`

/**
 * The files of one prefix's words: one file, or, when that is too big, a file of the words no longer than the prefix
 * and the files of the longer prefixes (by one more character, again and again). The file of a two-character prefix
 * lists every longer prefix under it (`more`), so a query finds its files with one request.
 */
function wordsFiles(key: string, entries: WordEntry[], splitBytes: number, top = true): PrefixFile[] {
  const length = [...key].length
  const size = entries.reduce((sum, e) => sum + e.json.length + 1, 12)
  if (size <= splitBytes || entries.every((e) => e.length <= length))
    return [{ prefix: key, file: wordsFilePath(key, length), body: wordsBody(entries) }]

  const longer = new Map<string, WordEntry[]>()
  for (const entry of entries) {
    if (entry.length <= length) continue
    const next = prefix(entry.word, length + 1)
    const group = longer.get(next) ?? []
    longer.set(next, group)
    group.push(entry)
  }
  const below = [...longer].flatMap(([next, group]) => wordsFiles(next, group, splitBytes, false))
  const own = entries.filter((e) => e.length <= length)
  const more = top ? Object.fromEntries(below.map((file) => [file.prefix, file.body.length])) : undefined
  return [{ prefix: key, file: wordsFilePath(key, length), body: wordsBody(own, more) }, ...below]
}
