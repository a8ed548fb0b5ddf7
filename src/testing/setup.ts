import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { useReadingListStore } from '@/lib/reading-list/store'
import { searchIndexFetch } from './search-index-fetch'

// jsdom has no layout: the router's scroll restoration calls scrollTo, which jsdom only stubs with a warning.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
// …and has no scrollIntoView at all.
Element.prototype.scrollIntoView = vi.fn()

// The header search fetches its index files from the site; here they are built from the registry.
globalThis.fetch = searchIndexFetch

// Router-driven tests render asynchronously; on a busy 2-core machine the default 1 s wait is too tight.
configure({ asyncUtilTimeout: 3000 })

afterEach(() => {
  cleanup()
  // The app's reading-list store outlives a test: empty it, and write now so no batched write lands in the next.
  useReadingListStore.setState({ bookmarks: {}, removed: {} })
  useReadingListStore.persistence.flush()
  useReadingListStore.persistence.useStatus.setState({ saving: 'on', recovery: null })
  localStorage.clear()
})
