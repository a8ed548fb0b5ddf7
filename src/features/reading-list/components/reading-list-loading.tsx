import { NoScriptNote } from '@/components/layout/without-javascript'
import { messages } from '@/lib/i18n/runtime'

/** Until the stored list has been read (always so in the prerendered page): loading, never "empty". */
export function ReadingListLoading() {
  return (
    <>
      {/* Without JavaScript nothing ever reads the list: this would say "Loading" for ever. */}
      <p className="lede" aria-busy="true" data-needs-js="">
        {messages().readingList.loading}
      </p>
      <NoScriptNote>{messages().readingList.loadingNoScript}</NoScriptNote>
    </>
  )
}
