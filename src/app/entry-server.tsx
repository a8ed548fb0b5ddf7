// Renders one address of the app to HTML at build time (scripts/build/render-pages.mjs calls it for every known path).
// TanStack Router's own SSR API: the same routes, loaders and components as the browser, and the router's state
// written into the page so the browser hydrates it instead of rendering it again.
import { RouterServer, createRequestHandler, renderRouterToString } from '@tanstack/react-router/ssr/server'
import { allCareers } from '@/content/all-careers'
import { contentFilesFor } from '@/content/content-files'
import type { SearchIndexFile } from '@/lib/content-search/index-files'
import { buildSearchIndex } from '@/lib/content-search/search-index'
import {
  DEFAULT_LOCALE,
  LANGUAGE_TAGS,
  LOCALES,
  localePrefix,
  localizePath,
  splitLocale,
  type Locale,
} from '@/lib/i18n/locales'
import { messages, setLanguage } from '@/lib/i18n/runtime'
import type { Catalog } from '@/messages/catalog'
import { en } from '@/messages/en'
import { hi } from '@/messages/hi'
import { NOT_FOUND_PATH, prerenderPaths } from './prerender-paths'
import { createAppRouter } from './router'
import { notFoundFile } from './static-paths.mjs'

// For the build (scripts/build/): each route's source file.
export { routeSources } from './route-sources'

const CATALOGS: Record<Locale, Catalog> = { en, hi }

/** The web app manifest's address in English; each language has its own under its prefix. */
const MANIFEST = '/manifest.webmanifest'

// The content files and the search index are made in English, the content's language.
setLanguage('en', en)

/** Every page in every language: the English addresses, then the same under each language's prefix. */
export const paths = (): string[] =>
  LOCALES.flatMap((locale) =>
    [...prerenderPaths(allCareers), NOT_FOUND_PATH].map((path) => localizePath(path, locale)),
  )

/** The not-found page of each language, as path → file: "/404" → 404.html, "/hi/404" → hi/404.html. */
export const notFoundPages = (): Record<string, string> =>
  Object.fromEntries(
    LOCALES.map((locale) => {
      const path = localizePath(NOT_FOUND_PATH, locale)
      return [path, notFoundFile(path)]
    }),
  )

/**
 * The content the browser fetches, as [path, JSON]: each career's own file (`/content/careers/<id>.json`) and the
 * catalog index with its card files, made from the career modules (src/content/content-files.ts). The build writes
 * them; the dev server serves them from memory (vite.config.ts).
 */
export const contentFiles = (): [string, string][] => contentFilesFor(allCareers)

export interface RenderedPage {
  status: number
  /** The page's language, for <html lang>, and the words the template itself holds, in that language. */
  language: { locale: Locale; tag: string; noJavaScript: string; manifest: string }
  /** The app's markup, hoisted head tags first (title, meta, link), then the shell and the router's state. */
  html: string
  /** The route ids that rendered, root first: which code-split chunks the page needs. */
  routeIds: string[]
}

export async function render(path: string): Promise<RenderedPage> {
  const { locale } = splitLocale(path)
  setLanguage(locale, CATALOGS[locale])
  const request = new Request(new URL(path, 'http://prerender.invalid'))
  let routeIds: string[] = []
  const handler = createRequestHandler({
    request,
    createRouter: () => createAppRouter({ basepath: localePrefix(locale) || undefined }),
  })
  const response = await handler(({ responseHeaders, router }) => {
    routeIds = router.state.matches.map((match) => match.routeId)
    return renderRouterToString({ responseHeaders, router, children: <RouterServer router={router} /> })
  })
  const html = (await response.text()).replace(/^<!DOCTYPE html>/i, '')
  const language = {
    locale,
    tag: LANGUAGE_TAGS[locale],
    noJavaScript: messages().shell.noJavaScriptPage,
    manifest: localizePath(MANIFEST, locale),
  }
  setLanguage('en', en)
  return { status: response.status, html, routeIds, language }
}

/** The header search's index (search/words/*.json, search/careers/*.json), written beside the pages. */
export async function searchIndexFiles(): Promise<SearchIndexFile[]> {
  // Every career, in the catalog's order; a career's number in the index is its place here.
  const careers = allCareers
  return buildSearchIndex(careers)
}

/** Each language's web app manifest but English's (public/manifest.webmanifest): its description, start and lang. */
export function languageManifests(english: Record<string, unknown>): [string, string][] {
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => {
    const manifest = {
      ...english,
      description: CATALOGS[locale].shell.manifestDescription,
      lang: LANGUAGE_TAGS[locale],
      start_url: localizePath('/', locale),
    }
    return [localizePath(MANIFEST, locale).slice(1), `${JSON.stringify(manifest, null, 2)}\n`]
  })
}
