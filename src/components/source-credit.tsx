import type { Career } from '@/content/schema'

/** Where a career's content comes from, linked: one wording on every page that shows it. */
export function SourceCredit({ source }: { source: Career['source'] }) {
  return (
    <>
      Source: the &ldquo;{source.title}&rdquo; career page on{' '}
      <a href={source.url} rel="noopener noreferrer">
        {source.publisher}
      </a>
      .
    </>
  )
}
