// The interface language of this document and its messages. A page is in one language for its whole life (the switch
// loads the other language's page), so the language is set once before the first render: by the browser entry from
// the address, by the prerender for each page it renders, by the tests' setup. Components and library code read
// messages() where they write text; numbers, dates and plurals go through the formatters here so they follow it.
import type { Catalog, PluralMessage } from '@/messages/catalog'
import { DEFAULT_LOCALE, INTL_LOCALES, type Locale } from './locales'

interface Language {
  locale: Locale
  catalog: Catalog
  plurals: Intl.PluralRules
  numbers: Map<string, Intl.NumberFormat>
}

let current: Language | undefined

/** Makes `catalog` the messages of `locale` for everything rendered from now on. */
export function setLanguage(locale: Locale, catalog: Catalog): void {
  current = { locale, catalog, plurals: new Intl.PluralRules(INTL_LOCALES[locale]), numbers: new Map() }
}

function language(): Language {
  if (!current) throw new Error('No interface language is set: call setLanguage() before rendering.')
  return current
}

/** The interface language ("en" before any is set, for code that only needs to know the language). */
export const currentLocale = (): Locale => current?.locale ?? DEFAULT_LOCALE

/** Every message of the interface language. */
export const messages = (): Catalog => language().catalog

/** A number in the interface language's way: Latin digits, Indian grouping ("12,34,567"). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const { locale, numbers } = language()
  const key = JSON.stringify(options)
  let format = numbers.get(key)
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[locale], options)
    numbers.set(key, format)
  }
  return format.format(value)
}

/**
 * A date (or date and time) in the interface language: "6 December 2026", "6 दिसंबर 2026". Hindi times are on the
 * 24-hour clock ("18:10"): Intl's Hindi 12-hour times end in the Latin "am"/"pm".
 */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions): string {
  const { locale } = language()
  const clock: Intl.DateTimeFormatOptions = locale === 'hi' && options.timeStyle ? { hourCycle: 'h23' } : {}
  return date.toLocaleString(INTL_LOCALES[locale], { ...options, ...clock })
}

/** Phrases of the interface language joined as it joins a list: "a, b and c", "a, b और c". */
export const formatList = (items: readonly string[]): string =>
  new Intl.ListFormat(INTL_LOCALES[language().locale], { style: 'long', type: 'conjunction' }).format(items)

const PLACEHOLDER = /\{(\w+)\}/g

/**
 * A message with its placeholders filled: fill("{count} of {total}", { count: 2, total: 9 }) → "2 of 9". Numbers are
 * formatted with formatNumber. A placeholder without a value is a mistake in the code, and throws.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`The message "${template}" needs a value for {${name}}.`)
    return typeof value === 'number' ? formatNumber(value) : value
  })
}

/**
 * The form of a message for a count, chosen by the language's plural rules (in Hindi 0 and 1 take the singular), with
 * {count} and any other placeholders filled: plural(3, { one: '{count} career', other: '{count} careers' }).
 */
export function plural(
  count: number,
  forms: PluralMessage,
  values: Record<string, string | number> = {},
): string {
  const category = language().plurals.select(count)
  return fill(forms[category] ?? forms.other, { count, ...values })
}
