// A page's <head> tags, rendered where the page is (React hoists them into <head>, on the server and in the
// browser): the title, a description, and for addresses that exist, the canonical link and the tags chat apps read
// to unfold a shared link into a card (Open Graph, Twitter).
import { currentLocale, messages } from '@/lib/i18n/runtime'
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, localizePath } from '@/lib/i18n/locales'
import { SHARE_IMAGE, absoluteUrl } from '@/lib/site'
import { NoIndexHead, pageTitle } from './head-tags'

export function PageHead({
  title,
  description,
  path,
}: {
  /** The page's own title; " · Career Explorer" is added. */
  title: string
  description: string
  /** The page's canonical path, without a language ("/careers/x"); leave it out for pages that are not an address of their own (not found, errors). */
  path?: string
}) {
  if (path === undefined) return <NoIndexHead title={title} description={description} />
  const t = messages().shell
  // Each language's page is canonical at its own address and names the others (hreflang); English is the default
  // for a reader whose language is neither.
  const url = absoluteUrl(localizePath(path, currentLocale()))
  const image = absoluteUrl(SHARE_IMAGE.path)
  return (
    <>
      <title>{pageTitle(title)}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={url} />
      {LOCALES.map((locale) => (
        <link
          key={locale}
          rel="alternate"
          hrefLang={LANGUAGE_TAGS[locale]}
          href={absoluteUrl(localizePath(path, locale))}
        />
      ))}
      <link rel="alternate" hrefLang="x-default" href={absoluteUrl(localizePath(path, DEFAULT_LOCALE))} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={t.siteName} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:image" content={image} />
      <meta property="og:image:width" content={String(SHARE_IMAGE.width)} />
      <meta property="og:image:height" content={String(SHARE_IMAGE.height)} />
      <meta property="og:image:alt" content={t.shareImageAlt} />
      <meta property="og:locale" content={t.ogLocale} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={image} />
    </>
  )
}
