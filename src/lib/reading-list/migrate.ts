// Moving stored reading-list data from an older format to the current one (zustand persist's `migrate`).
import { READING_LIST_VERSION } from './model'

/**
 * `STEPS[n]` turns version n's state into version n + 1's. Version 1 is the first stored format, so there are no
 * steps yet. A version bump adds its step here and a fixture of the old format in `fixtures/` (see migrate.test.ts).
 */
export type MigrationSteps = Readonly<Record<number, (state: unknown) => unknown>>

const STEPS: MigrationSteps = {}

/**
 * Brings `state` from `fromVersion` up to the current version. A version with no path (older than any known
 * format, or newer than this app) is passed on unchanged: the validating merge then keeps every entry that still
 * reads as the current format, after the raw data has been backed up.
 */
export function migrateReadingList(
  state: unknown,
  fromVersion: number,
  // Tests pass a next version's steps, to prove the path before a format change needs it.
  steps: MigrationSteps = STEPS,
  toVersion: number = READING_LIST_VERSION,
): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion >= toVersion) return state
  let migrated = state
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps[version]
    if (!step) return state
    migrated = step(migrated)
  }
  return migrated
}
