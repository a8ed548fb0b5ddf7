// Renders every known address of the app (the server build's `paths()`) and writes it as an HTML file. Each page:
// - holds the route's full markup, so it reads without JavaScript, and the router's state, so React hydrates it;
// - has its own <title>, description, canonical and share-card tags (rendered by the page, moved into <head>);
// - inlines its CSS and preloads its routes' code (./inline-assets.mjs);
// - carries its Content-Security-Policy in a <meta>, with the hashes of its inline scripts and styles (./csp.mjs).
// The template is Vite's built index.html: the entry script and everything Vite adds stay as Vite wrote them.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { htmlFileFor } from '../static-host.mjs'
import { contentSecurityPolicy } from './csp.mjs'
import {
  applyEdits,
  attribute,
  elements,
  findElement,
  parseDocument,
  parseMarkup,
  relIncludes,
  startWithSpaceBefore,
} from './html.mjs'

const HOISTED = new Set(['title', 'meta', 'link'])

/**
 * Splits React's output into the head tags it hoists to the front (title, meta, link: React 19 emits a page's
 * metadata first) and the app's markup, each exactly as React wrote it. Only the front is parsed (a few kB, more if
 * the tags run longer): a node is taken once the parser has seen the one after it, so none is cut off.
 */
export function splitHoisted(markup) {
  for (let length = 4096; ; length *= 2) {
    const nodes = parseMarkup(markup.slice(0, length)).childNodes
    const hoisted = []
    let complete = length >= markup.length
    for (const [index, node] of nodes.entries()) {
      if (!HOISTED.has(node.tagName)) {
        complete = true
        break
      }
      if (index === nodes.length - 1 && !complete) break
      hoisted.push(node)
    }
    if (!complete) continue
    const end = hoisted.at(-1)?.sourceCodeLocation.endOffset ?? 0
    return { head: markup.slice(0, end), body: markup.slice(end), tags: hoisted }
  }
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** Where each edit of the template goes, found once by parsing it. */
export function templateParts(template) {
  const document = parseDocument(template)
  const find = (test, what) => {
    const element = findElement(document, test)
    if (!element) throw new Error(`The template (Vite's index.html) has no ${what}.`)
    return element
  }
  const head = find((e) => e.tagName === 'head' && e.sourceCodeLocation?.endTag, '</head>')
  const html = find((e) => e.tagName === 'html', '<html>')
  return {
    html,
    noJavaScript: find(
      (e) => e.tagName === 'p' && attribute(e, 'class')?.split(' ').includes('no-js-note--page'),
      '<p class="no-js-note no-js-note--page">',
    ),
    manifest: find((e) => e.tagName === 'link' && relIncludes(e, 'manifest'), '<link rel="manifest">'),
    charset: find((e) => e.tagName === 'meta' && attribute(e, 'charset') !== undefined, '<meta charset>'),
    headEnd: head.sourceCodeLocation.endTag.startOffset,
    root: find((e) => e.tagName === 'div' && attribute(e, 'id') === 'root', '<div id="root">'),
    title: findElement(head, (e) => e.tagName === 'title'),
    description: findElement(head, (e) => e.tagName === 'meta' && attribute(e, 'name') === 'description'),
    stylesheets: [...elements(head)].filter((e) => e.tagName === 'link' && relIncludes(e, 'stylesheet')),
  }
}

/** The template's tags a page's own replace, and its stylesheet links (their CSS is inlined): removed, with their line. */
function removals(template, parts, tags) {
  const remove = (element) => ({
    start: startWithSpaceBefore(template, element),
    end: element.sourceCodeLocation.endOffset,
    text: '',
  })
  const has = (test) => tags.some(test)
  return [
    ...(parts.title && has((tag) => tag.tagName === 'title') ? [remove(parts.title)] : []),
    ...(parts.description && has((tag) => tag.tagName === 'meta' && attribute(tag, 'name') === 'description')
      ? [remove(parts.description)]
      : []),
    ...parts.stylesheets.map(remove),
  ]
}

/**
 * The template's own words and language, made the page's: `<html lang>`, the note for readers without JavaScript, and
 * the web app manifest (each language has its own, with its description).
 */
function languageEdits(template, parts, language) {
  const attributeValue = (element, name) => {
    const location = element.sourceCodeLocation.attrs?.[name]
    if (!location) throw new Error(`The template's <${element.tagName}> has no ${name} attribute.`)
    return {
      start: location.startOffset,
      end: location.endOffset,
      text: `${name}="${escapeAttribute(language[name === 'lang' ? 'tag' : 'manifest'])}"`,
    }
  }
  const note = parts.noJavaScript.sourceCodeLocation
  return [
    attributeValue(parts.html, 'lang'),
    {
      start: note.startTag.endOffset,
      end: note.endTag.startOffset,
      text: `\n      ${escapeText(language.noJavaScript)}\n    `,
    },
    attributeValue(parts.manifest, 'href'),
  ]
}

const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** One page's HTML: the template with the rendered page's head tags, CSS, preloads, markup and policy. */
export function pageHtml(template, parts, path, page, assets) {
  const { head, body, tags } = splitHoisted(page.html)
  const { cssFiles, css, jsFiles } = assets
  // Each inlined file is also named by a disabled link, which the browser never fetches: Vite's loader for lazy chunks
  // looks for a stylesheet link before adding one, and would otherwise download these files again.
  const inlined = cssFiles.map((file) => `<link rel="stylesheet" href="/${file}" disabled>`).join('')
  const preloads = jsFiles.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('')
  const { root } = parts
  const rootStart = root.sourceCodeLocation.startTag
  const edits = [
    ...languageEdits(template, parts, page.language),
    ...removals(template, parts, tags),
    { start: parts.headEnd, end: parts.headEnd, text: `${head}${inlined}<style>${css}</style>${preloads}` },
    // <div id="root"> → <div id="root" data-prerendered="/path">, holding the page's markup.
    {
      start: rootStart.endOffset - 1,
      end: rootStart.endOffset - 1,
      text: ` data-prerendered="${escapeAttribute(path)}"`,
    },
    { start: rootStart.endOffset, end: root.sourceCodeLocation.endTag.startOffset, text: body },
  ]
  const policy = contentSecurityPolicy(applyEdits(template, edits))
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`
  const charsetEnd = parts.charset.sourceCodeLocation.endOffset
  return {
    html: applyEdits(template, [...edits, { start: charsetEnd, end: charsetEnd, text: meta }]),
    policy,
  }
}

/**
 * Renders and writes every page of the server build `server` into `dist` (`label`: its name in the log). Returns
 * each page's path, file, policy (for the hosts' headers file) and size.
 */
export async function renderPages({ dist, server, template, assets, label = dist, log = console.log }) {
  const parts = templateParts(template)
  const paths = server.paths()
  const notFoundPages = server.notFoundPages()
  const pages = []
  for (const path of paths) {
    const page = await server.render(path)
    const notFound = notFoundPages[path]
    const expected = notFound ? 404 : 200
    if (page.status !== expected)
      throw new Error(`${path} rendered with status ${page.status}, expected ${expected}.`)
    const { html, policy } = pageHtml(
      template,
      parts,
      path,
      page,
      assets.forPage(page.routeIds, page.language.locale),
    )
    const file = notFound ?? htmlFileFor(path)
    mkdirSync(dirname(join(dist, file)), { recursive: true })
    writeFileSync(join(dist, file), html)
    const bytes = Buffer.byteLength(html)
    pages.push({ path, file, policy, bytes })
    if (paths.length <= 40) log(`  ${path.padEnd(40)} → ${label}/${file} (${(bytes / 1000).toFixed(1)} kB)`)
  }
  return pages
}
