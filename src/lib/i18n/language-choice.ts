// The language a reader chose with the header's switch, remembered in this browser for their next visit to "/"
// (src/app/language-choice.js reads it before the first paint).
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales'
import { writeStored } from '@/lib/storage'

export const LANGUAGE_CHOICE_KEY = 'career-explorer:language'

/** The languages whose home "/" leads to (every one but the default, which is "/" itself). */
export const REDIRECTED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE)

export function rememberLanguage(locale: Locale): void {
  writeStored(LANGUAGE_CHOICE_KEY, locale)
}
