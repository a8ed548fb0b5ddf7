// The one way the app reaches localStorage: the reading list, its backups and the theme all go through here. The
// browser may refuse storage altogether (blocked by its settings, some private modes, sandboxed frames: then merely
// reading `window.localStorage` throws), refuse one write (full), or be absent (prerendering in Node).

/** The part of the Web Storage API the reading list writes through, so tests can pass a fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

/** What listing, writing and deleting backups needs. */
export type ListableStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>

/** `window.localStorage`, or null where there is none or merely reading the property throws. */
export function browserLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

/** True for "storage is full" in every browser's spelling (Chrome and Safari, old Firefox). */
export function isQuotaExceeded(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  )
}

/** The text stored under `key`; null when there is none or storage cannot be read. */
export function readStored(key: string): string | null {
  try {
    return browserLocalStorage()?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** Stores `value` under `key`, or removes the key when `value` is null; false when storage refuses. */
export function writeStored(key: string, value: string | null): boolean {
  const storage = browserLocalStorage()
  if (!storage) return false
  try {
    if (value === null) storage.removeItem(key)
    else storage.setItem(key, value)
    return true
  } catch {
    return false
  }
}
