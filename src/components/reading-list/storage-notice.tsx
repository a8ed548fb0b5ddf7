import { Suspense, lazy, useEffect, useRef } from 'react'
import { useHydrated } from '@tanstack/react-router'
import { focusPageHeading } from '@/lib/focus-target'
import { useReadingListStore } from '@/lib/reading-list/store'

// The notices' words and actions load only when one is needed: most visits never see them.
const StorageNoticeContent = lazy(() => import('./storage-notice-content'))
const persistence = useReadingListStore.persistence

/** What the person needs to know when their reading list cannot be stored or read as it was. */
export function ReadingListStorageNotice() {
  const status = persistence.useStatus()
  // Prerendered HTML cannot know this browser's storage: say nothing until the page has hydrated.
  const hydrated = useHydrated()
  const needed = hydrated && (status.saving !== 'on' || status.recovery !== null)
  // Dismiss and Resume saving remove the notice, and the button with it: focus goes to the page's heading, where
  // the page starts, instead of falling to the body.
  const focusHeading = useRef(false)
  useEffect(() => {
    if (!focusHeading.current) return
    focusHeading.current = false
    focusPageHeading()
  })
  // The live region is always there, so a notice that appears in it is announced.
  return (
    <div role="status" className="storage-notices">
      {needed && (
        <Suspense fallback={null}>
          <StorageNoticeContent onResolved={() => (focusHeading.current = true)} />
        </Suspense>
      )}
    </div>
  )
}
