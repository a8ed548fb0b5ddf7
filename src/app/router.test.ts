import { createMemoryHistory } from '@tanstack/react-router'
import { describe, expect, it } from 'vitest'
import { createAppRouter } from './router'

describe('search param serialization', () => {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: ['/'] }) })

  it('writes lists as comma-separated text and reads them back as text', () => {
    const search = router.options.stringifySearch({ kind: ['meeting', 'review'], step: 4 })
    expect(decodeURIComponent(search)).toBe('?kind=meeting,review&step=4')
    expect(router.options.parseSearch(search)).toEqual({ kind: 'meeting,review', step: 4 })
  })

  it('keeps other values as JSON, as the router does by default', () => {
    const search = router.options.stringifySearch({ q: '42', open: true })
    expect(router.options.parseSearch(search)).toEqual({ q: '42', open: true })
  })
})
