// The head tags of a page that is no address of its own (not found, errors), and the selector for every tag a page
// may render (PageHead's too). Apart from page-head.tsx because the not-found and error views are in the entry
// chunk: the canonical link and share-card tags load with the pages that have them.

import { fill, messages } from '@/lib/i18n/runtime'

/**
 * Every tag PageHead and NoIndexHead render, as one selector: a page rendered for another address (404.html served
 * for an unknown one) has these removed before the app renders its own (src/app/entry-client.tsx).
 * page-head.test.tsx checks it against what they render and against the tags index.html keeps on every page.
 */
export const PAGE_HEAD_TAGS =
  'title, meta[name="description"], meta[name="robots"], link[rel="canonical"], link[rel="alternate"], meta[property^="og:"], meta[name^="twitter:"]'

/** Title and description of a page search engines should not list: not found, errors. */
export function NoIndexHead({ title, description }: { title: string; description: string }) {
  return (
    <>
      <title>{pageTitle(title)}</title>
      <meta name="description" content={description} />
      <meta name="robots" content="noindex" />
    </>
  )
}

/** A page's <title>: "Reading list · Career Explorer". */
export const pageTitle = (title: string): string => {
  const t = messages().shell
  return fill(t.pageTitle, { title, site: t.siteName })
}
