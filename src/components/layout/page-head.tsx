// A page's <head> tags, rendered where the page is (React hoists them into <head>, on the server and in the
// browser): the title, a description, and for addresses that exist, the canonical link and the tags chat apps read
// to unfold a shared link into a card (Open Graph, Twitter).
import { SHARE_IMAGE, absoluteUrl } from '@/lib/site'
import { NoIndexHead, SITE_NAME } from './head-tags'

export function PageHead({
  title,
  description,
  path,
}: {
  /** The page's own title; " · Career Explorer" is added. */
  title: string
  description: string
  /** The page's canonical path; leave it out for pages that are not an address of their own (not found, errors). */
  path?: string
}) {
  if (path === undefined) return <NoIndexHead title={title} description={description} />
  const url = absoluteUrl(path)
  const image = absoluteUrl(SHARE_IMAGE.path)
  return (
    <>
      <title>{`${title} · ${SITE_NAME}`}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={url} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:image" content={image} />
      <meta property="og:image:width" content={String(SHARE_IMAGE.width)} />
      <meta property="og:image:height" content={String(SHARE_IMAGE.height)} />
      <meta property="og:image:alt" content="Career Explorer: tech careers in India, pay by city" />
      <meta property="og:locale" content="en_IN" />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={image} />
    </>
  )
}
