import { describe, expect, it } from 'vitest'
import { renderBlockingProblems } from './render-blocking.mjs'

const page = (head: string, body = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`

describe('renderBlockingProblems', () => {
  it('passes a page whose head holds only inline scripts, a module entry and preloads', () => {
    expect(
      renderBlockingProblems(
        page(
          '<script>document.documentElement.dataset.theme="dark"</script>' +
            '<script type="module" crossorigin src="/assets/index.js"></script>' +
            '<link rel="modulepreload" href="/assets/a.js"><link rel="stylesheet" href="/assets/a.css" disabled>' +
            '<style>body{}</style>',
          '<script>window.$state = 1</script>',
        ),
      ),
    ).toEqual([])
  })

  it('names a classic script in <head> that blocks the paint, but not an async or deferred one', () => {
    expect(renderBlockingProblems(page('<script src="/theme-init.js"></script>'))).toEqual([
      'render-blocking script in <head>: /theme-init.js',
    ])
    expect(
      renderBlockingProblems(page('<script async src="/a.js"></script><script defer src="/b.js"></script>')),
    ).toEqual([])
  })

  it('names a stylesheet the browser must fetch before painting, but not a disabled or print one', () => {
    expect(renderBlockingProblems(page('<link rel="stylesheet" href="/assets/app.css">'))).toEqual([
      'render-blocking stylesheet: /assets/app.css',
    ])
    expect(
      renderBlockingProblems(
        page(
          '<link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/d.css" disabled>',
        ),
      ),
    ).toEqual([])
  })

  it('names a file listed twice', () => {
    expect(
      renderBlockingProblems(
        page(
          '<link rel="modulepreload" crossorigin href="/assets/runtime.js">' +
            '<link rel="modulepreload" crossorigin href="/assets/runtime.js">',
        ),
      ),
    ).toEqual(['listed 2 times: /assets/runtime.js'])
  })
})
