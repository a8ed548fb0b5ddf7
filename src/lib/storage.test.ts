// Storage as the browser may hand it over: missing (prerendering), refused outright, refusing one write, or working.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeStorage, quotaExceeded } from '@/testing/fake-storage'
import { browserLocalStorage, isQuotaExceeded, readStored, writeStored } from './storage'

class ListableFake extends FakeStorage {
  removeItem(key: string) {
    this.data.delete(key)
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the one way to localStorage', () => {
  it('without a window (the page being prerendered) there is no storage, and nothing throws', () => {
    expect(browserLocalStorage()).toBeNull()
    expect(readStored('key')).toBeNull()
    expect(writeStored('key', 'value')).toBe(false)
  })

  it('where merely reading window.localStorage throws (storage blocked), reads find nothing and writes fail', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
    expect(browserLocalStorage()).toBeNull()
    expect(readStored('key')).toBeNull()
    expect(writeStored('key', 'value')).toBe(false)
  })

  it('writes, reads back and removes a key', () => {
    const storage = new ListableFake()
    vi.stubGlobal('window', { localStorage: storage })
    expect(writeStored('career-explorer:theme', 'dark')).toBe(true)
    expect(readStored('career-explorer:theme')).toBe('dark')
    expect(writeStored('career-explorer:theme', null)).toBe(true)
    expect(readStored('career-explorer:theme')).toBeNull()
  })

  it('a write the browser refuses (storage full) reports failure instead of throwing', () => {
    const storage = new ListableFake()
    storage.failWritesWith = quotaExceeded()
    vi.stubGlobal('window', { localStorage: storage })
    expect(writeStored('key', 'value')).toBe(false)
    expect(readStored('key')).toBeNull()
  })

  it('tells "storage is full" apart from other errors, in every browser’s spelling', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaExceeded(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true)
    expect(isQuotaExceeded(new DOMException('denied', 'SecurityError'))).toBe(false)
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false)
  })
})
