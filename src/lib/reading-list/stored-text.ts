// The stored text itself: zustand's envelope read from it, and copies of it kept before anything overwrites it.
import type { KeyValueStorage } from '@/lib/storage'
import type { RecoveryReason } from './status'
import { isRecord } from './validate'

/** The stored text as zustand's envelope, `{ state, version }`, and what is wrong with it. */
export function readEnvelope(raw: string): {
  problem: RecoveryReason | null
  state?: unknown
  version?: number
} {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { problem: 'not-json' }
  }
  if (!isRecord(value) || !('state' in value)) return { problem: 'wrong-shape' }
  const { state, version } = value
  return typeof version === 'number' ? { problem: null, state, version } : { problem: 'wrong-shape', state }
}

/** Copies `raw` to `backupKey`, never over a different earlier backup. Returns where, or null on failure. */
export function backUp(storage: KeyValueStorage, backupKey: string, raw: string): string | null {
  try {
    const existing = storage.getItem(backupKey)
    if (existing === raw) return backupKey
    const where = existing === null ? backupKey : `${backupKey}:${Date.now()}`
    storage.setItem(where, raw)
    return where
  } catch {
    return null
  }
}
