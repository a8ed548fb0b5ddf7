import { InEnglish } from '@/components/in-english'
import { Marked } from './marked'
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
