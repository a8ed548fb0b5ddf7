// src/app/language-choice.js runs before the app and cannot import it: this runs the real script file against stored
// choices and addresses, and checks it agrees with ./language-choice.ts (which languages, which key).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_CHOICE_KEY, REDIRECTED_LOCALES } from './language-choice'

const script = readFileSync(join(process.cwd(), 'src', 'app', 'language-choice.js'), 'utf8')

/** Where the script sends a visit to `href` with `stored` remembered (undefined: it stays). */
function run(href: string, stored: string | null | 'throws'): string | undefined {
  const url = new URL(href, 'https://example.test')
  let replaced: string | undefined
  const window = {
    location: {
      pathname: url.pathname,
      search: url.search,
      hash: url.hash,
      replace: (to: string) => (replaced = to),
    },
    get localStorage() {
      if (stored === 'throws') throw new Error('SecurityError')
      return { getItem: (key: string) => (key === LANGUAGE_CHOICE_KEY ? stored : null) }
    },
  }
  runInNewContext(script, { window })
  return replaced
}

describe('the remembered language (language-choice.js)', () => {
  it('opens the home in the language chosen last time, keeping the search and the hash', () => {
    expect(run('/', 'hi')).toBe('/hi/')
    expect(run('/?utm_source=x#top', 'hi')).toBe('/hi/?utm_source=x#top')
    expect(run('/index.html', 'hi')).toBe('/hi/')
  })

  it('leaves every other address as the link gave it', () => {
    expect(run('/careers/python-developer', 'hi')).toBeUndefined()
    expect(run('/reading-list', 'hi')).toBeUndefined()
    expect(run('/hi/', 'en')).toBeUndefined()
  })

  it('stays on the English home with English, nothing, an unknown value or refused storage', () => {
    for (const stored of ['en', null, 'xx', '/evil', 'throws'] as const)
      expect(run('/', stored)).toBeUndefined()
  })

  it('knows the same languages as the app', () => {
    for (const locale of REDIRECTED_LOCALES) expect(run('/', locale)).toBe(`/${locale}/`)
    expect(script).toContain(`var languages = ${JSON.stringify(REDIRECTED_LOCALES).replace(/"/g, "'")}`)
  })
})
