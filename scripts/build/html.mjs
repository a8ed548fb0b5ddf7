// Reading and editing HTML with a parser (parse5, the HTML standard's algorithm) instead of regular expressions.
// Edits are made at the offsets the parser reports in the source, so everything not edited stays byte for byte as
// Vite and React wrote it: the hydration markup, and the inline scripts and styles whose hashes the CSP lists.
import { parse, parseFragment } from 'parse5'

const LOCATIONS = { sourceCodeLocationInfo: true }

/** A whole document, every node with its source offsets (`locations: false` parses twice as fast without them). */
export const parseDocument = (html, { locations = true } = {}) => parse(html, locations ? LOCATIONS : {})
/** A fragment (markup React rendered into a container), every node with its source offsets. */
export const parseMarkup = (html) => parseFragment(html, LOCATIONS)

/** An element's attribute value (entities decoded), or undefined. */
export const attribute = (node, name) => node.attrs?.find((a) => a.name === name)?.value

/** Every element under `node`, in document order, <template> contents included. */
export function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child
    yield* elements(child.content ?? child)
  }
}

/** The first element under `node` for which `test` holds, or undefined. */
export function findElement(node, test) {
  for (const element of elements(node)) if (test(element)) return element
  return undefined
}

/** An element's text (a <script>'s or <style>'s source exactly as written). */
export const textOf = (element) =>
  (element.childNodes ?? []).map((child) => (child.nodeName === '#text' ? child.value : '')).join('')

/** True when a link element's rel names `value` (rel is a list of tokens: "stylesheet", "modulepreload"…). */
export const relIncludes = (element, value) =>
  (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes(value)

/** The offset where an element starts, taking the whitespace before it (its line's indentation) with it. */
export function startWithSpaceBefore(source, element) {
  let start = element.sourceCodeLocation.startOffset
  while (start > 0 && /\s/.test(source[start - 1])) start--
  return start
}

/**
 * `source` with each edit applied: `{ start, end, text }` replaces source[start, end) with text (start = end
 * inserts). Offsets are the source's; edits must not overlap. At one offset, insertions come first, in their order.
 */
export function applyEdits(source, edits) {
  const sorted = edits
    .map((edit, order) => ({ ...edit, order, inserts: edit.start === edit.end ? 0 : 1 }))
    .sort((a, b) => a.start - b.start || a.inserts - b.inserts || a.order - b.order)
  let html = ''
  let at = 0
  for (const { start, end, text } of sorted) {
    if (start < at) throw new Error(`Overlapping HTML edits at offset ${start}.`)
    html += source.slice(at, start) + text
    at = end
  }
  return html + source.slice(at)
}
