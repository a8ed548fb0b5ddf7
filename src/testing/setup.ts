import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { forgetLoadedContent } from '@/content/registry'
import { useReadingListStore } from '@/lib/reading-list/store'
import { resetSiteFetch, siteFetch } from './site-fetch'

// jsdom has no layout: the router's scroll restoration calls scrollTo, which jsdom only stubs with a warning.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
// …and has no scrollIntoView at all.
Element.prototype.scrollIntoView = vi.fn()

// The app fetches its content and the header search's index from the site; here they are made from the modules the
// way the build makes them (./site-fetch.ts).
globalThis.fetch = siteFetch

// Router-driven tests render asynchronously; on a busy 2-core machine the default 1 s wait is too tight.
configure({ asyncUtilTimeout: 3000 })

afterEach(() => {
  cleanup()
  // Each test is a new visit: nothing loaded yet, nothing asked of the site, no failure left armed.
  forgetLoadedContent()
  resetSiteFetch()
  // The app's reading-list store outlives a test: empty it, and write now so no batched write lands in the next.
  useReadingListStore.setState({ bookmarks: {}, removed: {} })
  useReadingListStore.persistence.flush()
  useReadingListStore.persistence.useStatus.setState({ saving: 'on', recovery: null })
  localStorage.clear()
})
