import { useLocation } from '@tanstack/react-router'
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LOCALES, localizePath } from '@/lib/i18n/locales'
import { rememberLanguage } from '@/lib/i18n/language-choice'
import { currentLocale } from '@/lib/i18n/runtime'

/**
 * The header's way to the other languages: each named in itself ("हिन्दी" on English pages, "English" on Hindi
 * ones), leading to the same view there (path, search params and hash). A plain link: the other language's page is
 * a page of its own, prerendered, and loads only its own messages. The choice is remembered for the next visit to "/".
 */
export function LanguageSwitch() {
  const location = useLocation()
  const current = currentLocale()
  const view = `${location.searchStr}${location.hash ? `#${location.hash}` : ''}`
  return (
    <ul className="language-switch">
      {LOCALES.filter((locale) => locale !== current).map((locale) => (
        <li key={locale}>
          <a
            href={`${localizePath(location.pathname, locale)}${view}`}
            hrefLang={LANGUAGE_TAGS[locale]}
            lang={LANGUAGE_TAGS[locale]}
            onClick={() => rememberLanguage(locale)}
          >
            {LANGUAGE_NAMES[locale]}
          </a>
        </li>
      ))}
    </ul>
  )
}
