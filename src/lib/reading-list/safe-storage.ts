// The one way the app reaches localStorage: a getter that may throw, and errors told apart.

/** The part of the Web Storage API the reading list uses, so tests can pass a fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

/**
 * `window.localStorage`, or null where merely reading the property throws (storage blocked by the browser's
 * settings, some private modes, sandboxed frames).
 */
export function browserLocalStorage(): KeyValueStorage | null {
  try {
    return window.localStorage
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
