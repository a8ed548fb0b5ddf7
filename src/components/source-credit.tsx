import type { Career } from '@/content/schema'
import { ExternalLink } from './external-link'

/** Where a career's content comes from, linked: one wording on every page that shows it. */
export function SourceCredit({ source }: { source: Career['source'] }) {
  return (
    <>
      Source: the &ldquo;{source.title}&rdquo; career page on{' '}
      <ExternalLink href={source.url}>{source.publisher}</ExternalLink>.
    </>
  )
}
