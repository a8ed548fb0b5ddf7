// Each language's messages, as a chunk of its own: a page downloads its language's and no other (the build preloads
// it beside the entry, scripts/build/inline-assets.mjs). The prerender imports them all (./entry-server.tsx).
import type { Catalog } from '@/messages/catalog'
import type { Locale } from '@/lib/i18n/locales'
import { setLanguage } from '@/lib/i18n/runtime'

export const CATALOG_LOADERS: Record<Locale, () => Promise<Catalog>> = {
  en: () => import('@/messages/en').then((module) => module.en),
  hi: () => import('@/messages/hi').then((module) => module.hi),
}

/** Sets the document's interface language once its messages have loaded. */
export async function startLanguage(locale: Locale): Promise<void> {
  setLanguage(locale, await CATALOG_LOADERS[locale]())
}
