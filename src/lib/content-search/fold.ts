// Text folding for search: case, accents and punctuation are ignored ("Sebastián" finds "sebastian",
// "select_related" finds "select related"), and matches map back to the original text for highlighting.

const MARKS = /\p{M}/gu
const NOT_WORD = /[^\p{L}\p{N}]/u

function foldChar(char: string): string {
  // Fast path for ASCII, which is nearly all of the content: no Unicode normalization needed.
  const code = char.charCodeAt(0)
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return char
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32)
    return ' '
  }
  const folded = char.normalize('NFKD').replace(MARKS, '').toLowerCase()
  return folded.length === 0 ? '' : NOT_WORD.test(folded) ? ' '.repeat(folded.length) : folded
}

/** Lower-case, accent-free text in which every non-letter, non-digit is a space. */
export function fold(text: string): string {
  let out = ''
  for (const char of text) out += foldChar(char)
  return out
}

/** The words of a query, folded; empty for a blank or punctuation-only query. */
export function queryTokens(query: string): string[] {
  return fold(query).split(' ').filter(Boolean)
}

/** True when every token occurs in the folded text. */
export function matchesAll(foldedText: string, tokens: readonly string[]): boolean {
  return tokens.every((token) => foldedText.includes(token))
}

/**
 * Where the tokens occur in the original text, as sorted, non-overlapping [start, end) ranges of UTF-16 indices,
 * for highlighting; with `wordStart`, only where they start a word (as the header search matches).
 */
export function matchRanges(text: string, tokens: readonly string[], wordStart = false): [number, number][] {
  if (tokens.length === 0) return []
  // Fold character by character, remembering which original index each folded code unit came from.
  let folded = ''
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    const piece = foldChar(char)
    for (let i = 0; i < piece.length; i++) origin.push(index)
    folded += piece
    index += char.length
  }
  origin.push(text.length)

  const ranges: [number, number][] = []
  for (const token of tokens) {
    for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + 1)) {
      if (wordStart && at > 0 && folded[at - 1] !== ' ') continue
      const start = origin[at] ?? text.length
      const last = origin[at + token.length - 1] ?? text.length
      const lastWidth = (text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1
      ranges.push([start, Math.min(last + lastWidth, text.length)])
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}
