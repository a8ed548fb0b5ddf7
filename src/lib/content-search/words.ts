// The words the header search matches on, the same for the index (at build time) and the query (in the browser):
// folded like `fold` (case and accents ignored), split at anything that is not a letter or a digit, except that
// "++" and "#" right after a word stay with it, so "C++" and "C#" are words of their own and not the letter "c".

const MARKS = /\p{M}/gu
const WORD = /[\p{L}\p{N}]+(?:\+\+|#)?/gu

/** The shortest word the search looks up: a single letter matches too much and says too little. */
export const MIN_WORD_LENGTH = 2

/** Every word of a text, folded, in order (one-letter words included, so positions stay true). */
export function textWords(text: string): string[] {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().match(WORD) ?? []
}

/**
 * The words of a query worth looking up: folded, punctuation dropped, at least two characters ("(?<=a)" and "?!"
 * have none; "C++" is "c++"). Each must start a word of a result.
 */
export function searchTerms(query: string): string[] {
  return [...new Set(textWords(query).filter((word) => [...word].length >= MIN_WORD_LENGTH))]
}

/** The first `length` characters of a word, as they are written in a file name (e.g. "c#" is "c_23"). */
export function shardKey(word: string, length = MIN_WORD_LENGTH): string {
  return [...word]
    .slice(0, length)
    .map((char) => (/[a-z0-9]/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}`))
    .join('')
}

/**
 * The same word in the other number, for a query word to match as a whole word: "salary" ↔ "salaries", "developer"
 * ↔ "developers", "class" ↔ "classes". Plain English endings only, for words of three or more letters; a form that
 * is no word ("thi" of "this") simply finds nothing.
 */
export function otherNumber(word: string): string[] {
  if (!/^[a-z]{3,}$/.test(word)) return []
  if (word.length >= 5 && word.endsWith('ies')) return [`${word.slice(0, -3)}y`]
  if (word.length >= 5 && word.endsWith('es')) return [word.slice(0, -1), word.slice(0, -2)]
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) return [word.slice(0, -1)]
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`]
  return /(?:s|x|z|ch|sh)$/.test(word) ? [`${word}es`] : [`${word}s`]
}
