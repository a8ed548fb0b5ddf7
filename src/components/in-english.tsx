import type { ReactNode } from 'react'
import { currentLocale } from '@/lib/i18n/runtime'

/**
 * Text from the career's source, which is in English on every page: marked lang="en" on a page in another language,
 * so a screen reader reads it in an English voice (WCAG 3.1.2). On English pages it adds nothing.
 */
export function InEnglish({ children }: { children: ReactNode }) {
  return currentLocale() === 'en' ? <>{children}</> : <span lang="en">{children}</span>
}

/** The lang attribute for an element that holds only the source's text: "en" on a page in another language. */
export const contentLang = (): 'en' | undefined => (currentLocale() === 'en' ? undefined : 'en')
