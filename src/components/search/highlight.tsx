import { InEnglish } from '@/components/in-english'
import { Fragment } from 'react'
import { matchRanges } from '@/lib/content-search/fold'

/** Text with the query's words marked. */
export function Highlight({ text, tokens }: { text: string; tokens: readonly string[] }) {
  // What is highlighted is the source's text: in English on every page.
  return (
    <InEnglish>
      <Marked text={text} ranges={matchRanges(text, tokens)} />
    </InEnglish>
  )
}

/** Text with the given [start, end) ranges marked. */
export function Marked({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
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
