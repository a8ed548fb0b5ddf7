// The interface's languages and where each lives in the address: English at the root ("/careers/x"), every other
// language under its own prefix ("/hi/careers/x"). Pure functions of a path, shared by the browser, the build and the
// service worker. The career content itself is in English in every language (marked lang="en" where it shows).

export const LOCALES = ['en', 'hi'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'en'

/** The BCP 47 tag each language's pages declare (`<html lang>`, hreflang) and format numbers and dates with. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-IN', hi: 'hi' }

/** Intl's locale for numbers, dates and plurals: Latin digits and Indian grouping in both. */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-IN', hi: 'hi-IN' }

/** Each language's name in itself: what the language switch says. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', hi: 'हिन्दी' }

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** The address prefix of a language: "" for English, "/hi" for Hindi. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`)

/**
 * A path (as in the address bar, lower case) split into its language and the app's own path:
 * "/hi/careers/x" → { locale: 'hi', path: '/careers/x' }, "/hi" and "/hi/" → { 'hi', '/' }, "/careers/x" → English.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale)
    if (prefix === '') continue
    if (pathname === prefix || pathname === `${prefix}/`) return { locale, path: '/' }
    if (pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length) }
  }
  return { locale: DEFAULT_LOCALE, path: pathname }
}

/** The app's path in a language: ("/careers/x", 'hi') → "/hi/careers/x"; a language's home keeps its slash: "/hi/". */
export function localizePath(path: string, locale: Locale): string {
  const prefix = localePrefix(locale)
  if (prefix === '') return path
  return path === '/' ? `${prefix}/` : `${prefix}${path}`
}
