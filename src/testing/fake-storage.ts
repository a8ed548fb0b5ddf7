// A Web Storage stand-in for reading-list tests: records every write, and can be told to fail.
import type { KeyValueStorage } from '@/lib/storage'

export class FakeStorage implements KeyValueStorage {
  readonly data = new Map<string, string>()
  /** Every successful write, in order: [key, value]. */
  readonly writes: [string, string][] = []
  /** When set, every write throws it (a DOMException named QuotaExceededError, say). */
  failWritesWith: Error | null = null

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, value)
  }

  getItem(key: string): string | null {
    return this.data.get(key) ?? null
  }

  setItem(key: string, value: string): void {
    if (this.failWritesWith) throw this.failWritesWith
    this.data.set(key, value)
    this.writes.push([key, value])
  }
}

export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

/** A window stand-in per simulated tab, so a `storage` event reaches only the tab it is sent to. */
export function fakeTab(): Window {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState })
  return Object.assign(new EventTarget(), { document }) as unknown as Window
}

/** What the browser does in every other tab after one tab writes `key`. */
export function sendStorageEvent(tab: Window, key: string) {
  tab.dispatchEvent(new StorageEvent('storage', { key }))
}
