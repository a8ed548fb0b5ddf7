import { NoScriptNote } from '@/components/layout/without-javascript'

/** Until the stored list has been read (always so in the prerendered page): loading, never "empty". */
export function ReadingListLoading() {
  return (
    <>
      {/* Without JavaScript nothing ever reads the list: this would say "Loading" for ever. */}
      <p className="lede" aria-busy="true" data-needs-js="">
        Loading your reading list…
      </p>
      <NoScriptNote>
        Your reading list is kept in this browser&rsquo;s storage, and showing it needs JavaScript, which is
        off here. Turn JavaScript on to see and change what you saved.
      </NoScriptNote>
    </>
  )
}
