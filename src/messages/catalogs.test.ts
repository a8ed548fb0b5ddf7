import { describe, expect, it } from 'vitest'
import { en } from './en'
import { GLOSSARY } from './glossary'
import { GLOSSARY_EXCEPTIONS } from './glossary-exceptions'
import { hi } from './hi'

const LANGUAGES = { hi } as const

/** Every message of a catalog as [key path, text], plural forms as "key.one", "key.other". */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key))
  throw new Error(`${path} is neither a message nor a group of them.`)
}

/** A plural message's forms share one key: "a.b.one" and "a.b.other" are both "a.b". */
const PLURAL_FORM = /\.(zero|one|two|few|many|other)$/
const messageKey = (path: string) => path.replace(PLURAL_FORM, '')

/** The placeholders of each message (a plural message's, over all its forms). */
function placeholders(catalog: unknown): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>()
  for (const [path, text] of leaves(catalog)) {
    const key = messageKey(path)
    const names = byKey.get(key) ?? new Set<string>()
    for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] ?? '')
    byKey.set(key, names)
  }
  return byKey
}

const english = placeholders(en)

describe.each(Object.entries(LANGUAGES))('the %s messages', (_, catalog) => {
  const translated = placeholders(catalog)

  it('have every English message and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('have the same placeholders as the English in every message', () => {
    const mismatched = [...english].flatMap(([key, names]) => {
      const theirs = translated.get(key) ?? new Set()
      const same = names.size === theirs.size && [...names].every((name) => theirs.has(name))
      return same
        ? []
        : [`${key}: {${[...names].join('}, {')}} in English, {${[...theirs].join('}, {')}} here`]
    })
    expect(mismatched).toEqual([])
  })

  it('leave no message empty', () => {
    expect(
      leaves(catalog)
        .filter(([, text]) => text.trim() === '')
        .map(([path]) => path),
    ).toEqual([])
  })
})

describe('the Hindi messages', () => {
  const hindi = new Map(leaves(hi))

  it("use the glossary's word wherever the English uses the term", () => {
    const missing = leaves(en).flatMap(([path, text]) =>
      Object.entries(GLOSSARY).flatMap(([term, { en: pattern, hi: word }]) => {
        // Placeholders ("{career}") and the site's name are not words of the message.
        if (
          !pattern.test(text.replace(/\{\w+\}|Career Explorer/g, '')) ||
          GLOSSARY_EXCEPTIONS[path] !== undefined
        )
          return []
        return hindi.get(path)?.includes(word) ? [] : [`${path} (${term}: ${word})`]
      }),
    )
    expect(missing).toEqual([])
  })

  it('list no exception for a message that does not need one', () => {
    const paths = new Set(leaves(en).map(([path]) => path))
    expect(Object.keys(GLOSSARY_EXCEPTIONS).filter((path) => !paths.has(path))).toEqual([])
  })

  it('are written in Devanagari, with Latin script only for names (no English sentence left untranslated)', () => {
    // A message with three or more English words in a row and no Devanagari was not translated.
    const untranslated = leaves(hi).filter(
      ([, text]) => !/[\u0900-\u097f]/.test(text) && /[a-z]+\s+[a-z]+\s+[a-z]+/i.test(text),
    )
    expect(untranslated.map(([path]) => path)).toEqual([])
  })
})
