import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { LANGUAGE_FOLDERS, addressFor, notFoundFile } from './static-paths.mjs'

describe('the static host and the languages', () => {
  it("agrees with the static host's language folders (where each language's 404.html is)", () => {
    expect(LANGUAGE_FOLDERS).toEqual(LOCALES.filter((locale) => locale !== DEFAULT_LOCALE))
    expect(notFoundFile('/hi/anything')).toBe('hi/404.html')
    expect(notFoundFile('/HI/anything')).toBe('hi/404.html')
    expect(notFoundFile('/history')).toBe('404.html')
    expect(notFoundFile('/anything')).toBe('404.html')
  })

  it("serves a language's home at its slash", () => {
    expect(addressFor('hi/index.html')).toBe('/hi/')
    expect(addressFor('hi/reading-list/index.html')).toBe('/hi/reading-list')
    expect(addressFor('index.html')).toBe('/')
  })
})
