// A page's Content-Security-Policy, computed from its final HTML: nothing runs or styles the page but the app's own
// files, plus the exact inline scripts (the head scripts, the router's state, its scroll restoration) and styles (the
// inlined CSS, and the few style attributes React wrote, such as a bar's width) that this page holds, by hash. A
// hash covers the text byte for byte, so it is taken from the HTML as written, after every other edit.
import { createHash } from 'node:crypto'
import { attribute, elements, parseDocument, textOf } from './html.mjs'

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The policy for one page's complete HTML (without the policy's own <meta>). */
export function contentSecurityPolicy(html) {
  const scripts = []
  const styles = []
  const attributes = []
  for (const element of elements(parseDocument(html, { locations: false }))) {
    if (element.tagName === 'script' && attribute(element, 'src') === undefined) scripts.push(textOf(element))
    if (element.tagName === 'style') styles.push(textOf(element))
    const style = attribute(element, 'style')
    if (style !== undefined) attributes.push(style)
  }
  const hashes = (texts) => [...new Set(texts.map(sha256))]
  const attributeHashes = hashes(attributes)
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes(scripts)].join(' '),
    [
      "style-src 'self'",
      ...hashes(styles),
      ...(attributeHashes.length ? ["'unsafe-hashes'", ...attributeHashes] : []),
    ].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join('; ')
}
