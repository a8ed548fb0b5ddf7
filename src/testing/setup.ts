import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// jsdom has no layout: the router's scroll restoration calls scrollTo, which jsdom only stubs with a warning.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
// …and has no scrollIntoView at all.
Element.prototype.scrollIntoView = vi.fn()

afterEach(() => {
  cleanup()
  localStorage.clear()
})
