import { beforeEach, describe, expect, it, vi } from 'vitest'
import { keepCareersOffline } from './offline-careers'

/** A Cache Storage with one cache, keyed by path, enough for what offline-careers.ts asks of it. */
function fakeCacheStorage() {
  const entries = new Map<string, string>()
  const cache = {
    keys: async () => [...entries.keys()].map((path) => new Request(`http://app.test${path}`)),
    match: async (path: string) => (entries.has(path) ? new Response(entries.get(path)) : undefined),
    put: async (path: string, response: Response) => void entries.set(path, await response.text()),
    delete: async (path: string) => entries.delete(path),
  }
  const storage = { open: async () => cache } as unknown as CacheStorage
  return { storage, paths: () => [...entries.keys()].filter((p) => !p.startsWith('/offline-careers')).sort() }
}

const fetched: string[] = []
beforeEach(() => {
  fetched.length = 0
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      fetched.push(path)
      return new Response(`copy of ${path}`)
    }),
  )
})

describe('keepCareersOffline', () => {
  it('keeps a saved career’s three pages and content, and fetches nothing it already has', async () => {
    const { storage, paths } = fakeCacheStorage()
    await keepCareersOffline(new Set(['python-developer']), 'v1', storage)
    expect(paths()).toEqual([
      '/careers/python-developer',
      '/careers/python-developer/day',
      '/careers/python-developer/salaries',
      '/content/careers/python-developer.json',
    ])
    fetched.length = 0
    await keepCareersOffline(new Set(['python-developer']), 'v1', storage)
    expect(fetched).toEqual([])
  })

  it('lets a career go when its last item leaves the list', async () => {
    const { storage, paths } = fakeCacheStorage()
    await keepCareersOffline(new Set(['python-developer', 'data-engineer']), 'v1', storage)
    await keepCareersOffline(new Set(['data-engineer']), 'v1', storage)
    expect(paths().every((path) => path.includes('data-engineer'))).toBe(true)
    expect(paths()).toHaveLength(4)
  })

  it('fetches every kept page again after a new version of the app', async () => {
    const { storage } = fakeCacheStorage()
    await keepCareersOffline(new Set(['python-developer']), 'v1', storage)
    fetched.length = 0
    await keepCareersOffline(new Set(['python-developer']), 'v2', storage)
    expect(fetched).toHaveLength(4)
  })

  it('tries again what could not be fetched (offline)', async () => {
    const { storage, paths } = fakeCacheStorage()
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    await keepCareersOffline(new Set(['python-developer']), 'v1', storage)
    expect(paths()).toEqual([])
    vi.stubGlobal('fetch', async (path: string) => new Response(path))
    await keepCareersOffline(new Set(['python-developer']), 'v1', storage)
    expect(paths()).toHaveLength(4)
  })
})
