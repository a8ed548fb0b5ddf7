import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// jsdom has no layout: the router's scroll restoration calls scrollTo, which jsdom only stubs with a warning.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
// Nor scrollIntoView, which the router calls to bring a link's #item into view.
Element.prototype.scrollIntoView = vi.fn()

afterEach(() => {
  cleanup()
  localStorage.clear()
})
