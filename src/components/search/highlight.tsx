import { Fragment } from 'react'
import { matchRanges } from '@/lib/content-search/fold'

/** Text with the query's words marked. */
export function Highlight({ text, tokens }: { text: string; tokens: readonly string[] }) {
  const ranges = matchRanges(text, tokens)
  if (ranges.length === 0) return <>{text}</>
  const parts = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>)
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>)
  return <>{parts}</>
}
