// One prerendered page, as the build assembles it from Vite's index.html and what the server build rendered: the
// page's own head tags replace the template's, its CSS is inlined, its code preloaded, its markup kept exactly as
// React wrote it, and its policy lists the hash of every inline script and style it ends up with.
import { createHash } from 'node:crypto'
import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { pageHtml, templateParts } from '../../scripts/build/render-pages.mjs'

const TEMPLATE = `<!doctype html>
<html lang="en-IN">
  <head>
    <meta charset="UTF-8" />
    <title>Career Explorer</title>
    <meta name="description" content="Explore tech careers" />
    <script>theme()</script>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-a.css">
    <link rel="manifest" href="/manifest.webmanifest" />
  </head>
  <body>
    <p class="no-js-note no-js-note--page" data-no-js="">
      JavaScript is off in this browser.
    </p>
    <div id="root"></div>
  </body>
</html>
`
const MARKUP = `<main><h1>Python Developer</h1><p style="width:50%">Half &amp; half</p></main><script>state(&quot;x&quot;)</script>`
const RENDERED = {
  status: 200,
  language: {
    locale: 'en',
    tag: 'en-IN',
    noJavaScript: 'JavaScript is off in this browser.',
    manifest: '/manifest.webmanifest',
  },
  routeIds: ['__root__', '/careers/$careerId', '/careers/$careerId/'],
  html: `<title>Python Developer</title><meta name="description" content="What a Python developer does"/><link rel="canonical" href="https://example.org/careers/python-developer"/>${MARKUP}`,
}
const ASSETS = {
  cssFiles: ['assets/index-a.css', 'assets/careers-b.css'],
  css: 'body{margin:0}\nh1{color:red}',
  jsFiles: ['assets/careers-c.js'],
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
type Node = {
  nodeName: string
  tagName?: string
  attrs?: { name: string; value: string }[]
  childNodes?: Node[]
  value?: string
}
function* walk(node: Node): Generator<Node> {
  for (const child of node.childNodes ?? []) {
    yield child
    yield* walk(child)
  }
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value
const text = (node: Node) => (node.childNodes ?? []).map((child) => child.value ?? '').join('')

describe('a prerendered page', () => {
  const { html, policy } = pageHtml(
    TEMPLATE,
    templateParts(TEMPLATE),
    '/careers/python-developer',
    RENDERED,
    ASSETS,
  )
  const elements = [...walk(parse(html) as Node)].filter((node) => node.tagName)
  const tags = (name: string) => elements.filter((node) => node.tagName === name)

  it("has the page's own title, description and canonical link, once each", () => {
    expect(tags('title').map(text)).toEqual(['Python Developer'])
    const descriptions = tags('meta').filter((meta) => attr(meta, 'name') === 'description')
    expect(descriptions.map((meta) => attr(meta, 'content'))).toEqual(['What a Python developer does'])
    expect(tags('link').filter((link) => attr(link, 'rel') === 'canonical')).toHaveLength(1)
  })

  it('inlines its CSS instead of linking it, and preloads its code', () => {
    const sheets = tags('link').filter((link) => attr(link, 'rel') === 'stylesheet')
    expect(sheets.map((link) => [attr(link, 'href'), attr(link, 'disabled')])).toEqual([
      ['/assets/index-a.css', ''],
      ['/assets/careers-b.css', ''],
    ])
    expect(tags('style').map(text)).toEqual(['body{margin:0}\nh1{color:red}'])
    const preloads = tags('link').filter((link) => attr(link, 'rel') === 'modulepreload')
    expect(preloads.map((link) => attr(link, 'href'))).toEqual(['/assets/careers-c.js'])
  })

  it("holds React's markup byte for byte in the root, marked with its path", () => {
    expect(html).toContain(`<div id="root" data-prerendered="/careers/python-developer">${MARKUP}</div>`)
  })

  it('carries a policy with the hash of each inline script and style, and of each style attribute', () => {
    const meta = tags('meta').find((node) => attr(node, 'http-equiv') === 'Content-Security-Policy')
    expect(attr(meta!, 'content')).toBe(policy)
    expect(policy).toContain(`script-src 'self' ${hash('theme()')} ${hash('state(&quot;x&quot;)')};`)
    expect(policy).toContain(
      `style-src 'self' ${hash('body{margin:0}\nh1{color:red}')} 'unsafe-hashes' ${hash('width:50%')};`,
    )
  })

  it('keeps the English words and language of the template on an English page', () => {
    expect(attr(tags('html')[0]!, 'lang')).toBe('en-IN')
    expect(html).toContain('JavaScript is off in this browser.')
    expect(
      tags('link')
        .filter((link) => attr(link, 'rel') === 'manifest')
        .map((link) => attr(link, 'href')),
    ).toEqual(['/manifest.webmanifest'])
  })

  it('stops the build when the template has no root to render into', () => {
    expect(() => templateParts(TEMPLATE.replace('<div id="root"></div>', ''))).toThrow(/<div id="root">/)
  })
})

describe('a prerendered page in Hindi', () => {
  const hindi = {
    ...RENDERED,
    language: {
      locale: 'hi',
      tag: 'hi',
      noJavaScript: 'इस ब्राउज़र में JavaScript बंद है <सच>',
      manifest: '/hi/manifest.webmanifest',
    },
  }
  const { html } = pageHtml(TEMPLATE, templateParts(TEMPLATE), '/hi/careers/python-developer', hindi, ASSETS)
  const elements = [...walk(parse(html) as Node)].filter((node) => node.tagName)
  const tags = (name: string) => elements.filter((node) => node.tagName === name)

  it("declares its language on <html>, and the template's own words and manifest are the language's", () => {
    expect(attr(tags('html')[0]!, 'lang')).toBe('hi')
    const note = tags('p').find((p) => attr(p, 'class')?.includes('no-js-note--page'))
    expect(text(note!).trim()).toBe('इस ब्राउज़र में JavaScript बंद है <सच>')
    expect(html).not.toContain('JavaScript is off')
    expect(
      tags('link')
        .filter((link) => attr(link, 'rel') === 'manifest')
        .map((link) => attr(link, 'href')),
    ).toEqual(['/hi/manifest.webmanifest'])
  })
})
