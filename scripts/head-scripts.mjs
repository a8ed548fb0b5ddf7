// The scripts that must run before the first paint (the theme, a shared link's pending view) are written inline in
// <head>, so no page waits for a request before it paints. Their source files stay plain scripts (src/app/*.js), so
// they can be tested as they are; each inline copy's hash goes into the page's Content-Security-Policy like any other
// inline script's (scripts/build/csp.mjs).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const HEAD_SCRIPTS = [
  'src/app/language-choice.js',
  'src/app/theme-init.js',
  'src/app/view-pending.js',
  'src/app/early-input.js',
]
const MARK = '<!-- head-scripts -->'

/** A script file without its comment lines and indentation: the same code, fewer bytes in every page. */
export function compactScript(source) {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n')
}

/** Vite plugin: replaces `<!-- head-scripts -->` in index.html with the inline scripts (dev server and build). */
export function inlineHeadScripts() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  return {
    name: 'inline-head-scripts',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(MARK)) throw new Error(`index.html has no ${MARK}.`)
        const scripts = HEAD_SCRIPTS.map(
          (file) => `<script>${compactScript(readFileSync(root + file, 'utf8'))}</script>`,
        )
        return html.replace(MARK, scripts.join('\n    '))
      },
    },
  }
}
