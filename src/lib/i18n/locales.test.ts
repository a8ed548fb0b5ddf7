import { describe, expect, it } from 'vitest'
import { LOCALES, localizePath, splitLocale } from './locales'

describe('the language of an address', () => {
  it.each([
    ['/', 'en', '/'],
    ['/careers/python-developer', 'en', '/careers/python-developer'],
    ['/hi', 'hi', '/'],
    ['/hi/', 'hi', '/'],
    ['/hi/careers/python-developer/day', 'hi', '/careers/python-developer/day'],
    // Only the prefix as a whole segment: "/hindi" and "/history" are English addresses (not found).
    ['/hindi', 'en', '/hindi'],
    ['/history', 'en', '/history'],
  ])('%s is %s, the app’s %s', (pathname, locale, path) => {
    expect(splitLocale(pathname)).toEqual({ locale, path })
  })

  it('puts a path in a language and back, the home keeping its slash', () => {
    expect(localizePath('/', 'hi')).toBe('/hi/')
    expect(localizePath('/reading-list', 'hi')).toBe('/hi/reading-list')
    expect(localizePath('/reading-list', 'en')).toBe('/reading-list')
    for (const locale of LOCALES)
      for (const path of ['/', '/careers/x', '/careers/x/salaries'])
        expect(splitLocale(localizePath(path, locale))).toEqual({ locale, path })
  })
})
