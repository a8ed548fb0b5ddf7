// Backups of reading-list data, kept in localStorage beside the list until the reader deletes them: the original of
// data that could not be read (written by persistence.ts) and the list as it was before an import replaced it.
// Only the reading-list page lists them, so this loads with that page.
import type { ListableStorage } from '@/lib/storage'
import { READING_LIST_BACKUP_KEY } from './model'

/** Where backups are kept: the browser's localStorage (`browserLocalStorage()`), or a fake in tests. */
export type BackupStorage = ListableStorage

export interface Backup {
  readonly key: string
  readonly raw: string
  /** `unreadable`: stored data the app could not read as it was; `replaced`: a list an import replaced. */
  readonly kind: 'unreadable' | 'replaced'
  /** When it was made, when the key says so (the first backup of unreadable data has no time in its key). */
  readonly madeAt: Date | null
}

const REPLACED_PREFIX = `${READING_LIST_BACKUP_KEY}:replaced:`

/** Every backup in `storage`, newest first; none when storage cannot be read. */
export function listBackups(storage: BackupStorage | null): Backup[] {
  if (!storage) return []
  const backups: Backup[] = []
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index)
      if (key === null) continue
      if (key !== READING_LIST_BACKUP_KEY && !key.startsWith(`${READING_LIST_BACKUP_KEY}:`)) continue
      const raw = storage.getItem(key)
      if (raw === null) continue
      const time = Number(key.slice(key.lastIndexOf(':') + 1))
      backups.push({
        key,
        raw,
        kind: key.startsWith(REPLACED_PREFIX) ? 'replaced' : 'unreadable',
        madeAt: key !== READING_LIST_BACKUP_KEY && Number.isFinite(time) ? new Date(time) : null,
      })
    }
  } catch {
    return []
  }
  return backups.sort((a, b) => (b.madeAt?.getTime() ?? 0) - (a.madeAt?.getTime() ?? 0))
}

/** Keeps `exported` (the list as a JSON export) as a backup; returns false when storage refuses it. */
export function backUpReplacedList(storage: BackupStorage | null, exported: string, now: Date): boolean {
  if (!storage) return false
  try {
    let time = now.getTime()
    // Never over another backup, even one made in the same millisecond.
    while (storage.getItem(`${REPLACED_PREFIX}${time}`) !== null) time++
    storage.setItem(`${REPLACED_PREFIX}${time}`, exported)
    return true
  } catch {
    return false
  }
}

/** Deletes one backup; returns false when storage refuses. */
export function deleteBackup(storage: BackupStorage | null, key: string): boolean {
  try {
    storage?.removeItem(key)
    return storage !== null
  } catch {
    return false
  }
}
