import type { Career } from '@/content/schema'
import { ExternalLink } from './external-link'
import { messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'
import { InEnglish } from './in-english'

/** Where a career's content comes from, linked: one wording on every page that shows it. */
export function SourceCredit({ source }: { source: Career['source'] }) {
  return (
    <>
      {fillNodes(messages().career.sourceCredit, {
        title: <InEnglish>{source.title}</InEnglish>,
        publisher: <ExternalLink href={source.url}>{source.publisher}</ExternalLink>,
      })}
    </>
  )
}
