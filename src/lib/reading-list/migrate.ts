// Moving stored reading-list data from an older format to the current one (zustand persist's `migrate`).
import { READING_LIST_VERSION } from './model'

/**
 * `STEPS[n]` turns version n's state into version n + 1's. Version 1 is the first stored format, so there are no
 * steps yet. A version bump adds its step here and a fixture of the old format in `fixtures/` (see migrate.test.ts).
 */
const STEPS: Readonly<Record<number, (state: unknown) => unknown>> = {}

/**
 * Brings `state` from `fromVersion` up to the current version. A version with no path (older than any known
 * format, or newer than this app) is passed on unchanged: the validating merge then keeps every entry that still
 * reads as the current format, after the raw data has been backed up.
 */
export function migrateReadingList(state: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion >= READING_LIST_VERSION) return state
  let migrated = state
  for (let version = fromVersion; version < READING_LIST_VERSION; version++) {
    const step = STEPS[version]
    if (!step) return state
    migrated = step(migrated)
  }
  return migrated
}
