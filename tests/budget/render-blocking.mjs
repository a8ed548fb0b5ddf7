// What in a page's HTML stops the browser from painting until another request has come back, and what it is told
// to load twice. Used by check-render-blocking.mjs over every prerendered page; tested in render-blocking.test.ts.
import { parse } from 'parse5'
import { attribute, elements } from '../../scripts/build/html.mjs'

/**
 * The problems of one HTML document, as sentences:
 * - a classic `<script src>` in <head> that is neither async nor defer (a module script is deferred by nature);
 * - a stylesheet link that the browser would fetch before painting (one that is `disabled`, or for print only, is not);
 * - a script, stylesheet or preload named twice.
 */
export function renderBlockingProblems(html) {
  const document = parse(html)
  const htmlElement = document.childNodes.find((node) => node.tagName === 'html')
  const head = htmlElement?.childNodes.find((node) => node.tagName === 'head')
  const problems = []
  if (head)
    for (const element of elements(head)) {
      if (element.tagName !== 'script' || attribute(element, 'src') === undefined) continue
      const type = attribute(element, 'type')
      const deferred =
        type === 'module' ||
        attribute(element, 'async') !== undefined ||
        attribute(element, 'defer') !== undefined
      if (!deferred) problems.push(`render-blocking script in <head>: ${attribute(element, 'src')}`)
    }
  const seen = new Map()
  for (const element of elements(document)) {
    const rel = attribute(element, 'rel')?.toLowerCase().split(/\s+/) ?? []
    if (element.tagName === 'link' && rel.includes('stylesheet')) {
      const media = (attribute(element, 'media') ?? 'all').trim().toLowerCase()
      const disabled = attribute(element, 'disabled') !== undefined
      if (!disabled && media !== 'print')
        problems.push(`render-blocking stylesheet: ${attribute(element, 'href')}`)
    }
    const resource =
      element.tagName === 'script'
        ? attribute(element, 'src')
        : element.tagName === 'link' &&
            rel.some((r) => ['stylesheet', 'modulepreload', 'preload'].includes(r))
          ? attribute(element, 'href')
          : undefined
    if (resource === undefined) continue
    seen.set(resource, (seen.get(resource) ?? 0) + 1)
  }
  for (const [resource, count] of seen) if (count > 1) problems.push(`listed ${count} times: ${resource}`)
  return problems
}
