// src/app/theme-init.js runs before the app and cannot import it, so it repeats src/lib/theme/theme.ts. This runs the
// real script file against the same stored values and system preferences as the module and expects the same theme
// (and theme colour) every time, so the two cannot drift apart unnoticed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { readThemeChoice, resolveTheme, THEME_COLORS, THEME_STORAGE_KEY } from './theme'

const script = readFileSync(join(process.cwd(), 'src', 'app', 'theme-init.js'), 'utf8')

interface Run {
  theme: string | undefined
  themeColor: string | undefined
}

type Storage = { stored: string | null } | 'throws' | 'missing'

/** Runs theme-init.js in a bare context with the given storage and system preference. */
function runThemeInit(storage: Storage, systemDark: boolean | 'no matchMedia'): Run {
  const attributes = new Map<string, string>()
  const meta = new Map<string, string>()
  const localStorage =
    storage === 'missing'
      ? undefined
      : {
          getItem(key: string) {
            if (storage === 'throws') throw new Error('SecurityError')
            return key === THEME_STORAGE_KEY ? storage.stored : null
          },
        }
  const window = {
    get localStorage() {
      if (storage === 'throws') throw new Error('SecurityError: access denied')
      return localStorage
    },
    ...(systemDark === 'no matchMedia'
      ? {}
      : {
          matchMedia: (query: string) => ({
            matches: query === '(prefers-color-scheme: dark)' && systemDark,
          }),
        }),
  }
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
    querySelector: (selector: string) =>
      selector === 'meta[name="theme-color"]'
        ? { setAttribute: (name: string, value: string) => meta.set(name, value) }
        : null,
  }
  runInNewContext(script, { window, document })
  return { theme: attributes.get('data-theme'), themeColor: meta.get('content') }
}

const STORED = [null, 'light', 'dark', 'system', 'Dark', '"dark"', '', '{"state":{}}', 'garbage\u0000']

describe('theme resolution', () => {
  it('a choice of light or dark wins over the system; system follows it', () => {
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
  })

  it('anything stored but "light" or "dark" is read as system', () => {
    expect(readThemeChoice('dark')).toBe('dark')
    expect(readThemeChoice('light')).toBe('light')
    for (const damaged of [null, undefined, '', 'DARK', '"dark"', '{"theme":"dark"}', 42])
      expect(readThemeChoice(damaged)).toBe('system')
  })
})

describe('src/app/theme-init.js agrees with src/lib/theme/theme.ts', () => {
  for (const stored of STORED)
    for (const systemDark of [false, true])
      it(`stored ${JSON.stringify(stored)}, system ${systemDark ? 'dark' : 'light'}`, () => {
        const expected = resolveTheme(readThemeChoice(stored), systemDark)
        expect(runThemeInit({ stored }, systemDark)).toEqual({
          theme: expected,
          themeColor: THEME_COLORS[expected],
        })
      })

  it('storage that throws, or is missing, follows the system and never throws', () => {
    expect(runThemeInit('throws', true)).toEqual({ theme: 'dark', themeColor: THEME_COLORS.dark })
    expect(runThemeInit('missing', false)).toEqual({ theme: 'light', themeColor: THEME_COLORS.light })
  })

  it('a browser without matchMedia gets the light theme', () => {
    expect(runThemeInit({ stored: null }, 'no matchMedia')).toEqual({
      theme: 'light',
      themeColor: THEME_COLORS.light,
    })
  })

  it('its theme colours are the header colours in tokens.css', () => {
    const tokens = readFileSync(join(process.cwd(), 'src', 'tokens.css'), 'utf8')
    const header = /--header-bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(tokens)
    expect(header?.slice(1)).toEqual([THEME_COLORS.light, THEME_COLORS.dark])
  })
})
