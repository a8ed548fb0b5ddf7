// PAGE_HEAD_TAGS is how the client entry finds the head tags a page was rendered with: it must name every tag
// PageHead renders, and none of the tags index.html keeps on every page.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PAGE_HEAD_TAGS } from './head-tags'
import { PageHead } from './page-head'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

/** The elements PageHead renders (React writes them in place when rendering a fragment to a string). */
function renderedTags(props: Parameters<typeof PageHead>[0]): Element[] {
  const html = `<head>${renderToStaticMarkup(<PageHead {...props} />)}</head>`
  return [...parse(html).head.children]
}

describe('PAGE_HEAD_TAGS', () => {
  it.each([
    [
      'a page with an address of its own',
      { title: 'Reading list', description: 'Saved.', path: '/reading-list' },
    ],
    ['a page without one (not found, errors)', { title: 'Page not found', description: 'No such page.' }],
  ])('names every tag PageHead renders for %s', (_, props) => {
    const tags = renderedTags(props)
    expect(tags.length).toBeGreaterThan(2)
    expect(tags.filter((tag) => !tag.matches(PAGE_HEAD_TAGS)).map((tag) => tag.outerHTML)).toEqual([])
  })

  it('names none of the tags index.html keeps on every page (charset, viewport, theme colour, icons)', () => {
    const template = parse(readFileSync(join(process.cwd(), 'index.html'), 'utf8'))
    const kept = [...template.head.children].filter((tag) => tag.tagName !== 'TITLE')
    expect(kept.length).toBeGreaterThan(4)
    expect(kept.filter((tag) => tag.matches(PAGE_HEAD_TAGS)).map((tag) => tag.outerHTML)).toEqual([])
  })
})
