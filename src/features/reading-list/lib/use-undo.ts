// The page's undo stack: each tracked action remembers what it changed; the newest still undoable is offered.
import { useCallback, useMemo, useState } from 'react'
import type { Bookmarks } from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'
import { UNDO_LIMIT, changesBetween, stillUndoable, undoChanges, type UndoEntry } from './undo'

let nextUndoId = 1

export interface UndoStack {
  /** The newest action that can still be undone. */
  readonly latest: UndoEntry | undefined
  /** How many actions can be undone, the latest included. */
  readonly count: number
  /** The message of the last action when it changed nothing (an import of what the list already holds). */
  readonly unchanged: string | null
  /** Runs `action` on the list and offers to undo what it changed; false when it changed nothing. */
  readonly track: (message: string, action: () => void, focusKey?: string) => boolean
  /** Undoes the latest action; returns it. */
  readonly undo: () => UndoEntry | undefined
}

export function useUndoStack(bookmarks: Bookmarks): UndoStack {
  const [stack, setStack] = useState<readonly UndoEntry[]>([])
  const [unchanged, setUnchanged] = useState<string | null>(null)
  // An action whose items have all changed since (edited, saved again, changed in another tab) has nothing left to
  // undo, so it is no longer offered.
  const undoable = useMemo(
    () => stack.filter((entry) => stillUndoable(entry, bookmarks).length > 0),
    [stack, bookmarks],
  )
  const latest = undoable.at(-1)

  const track = useCallback((message: string, action: () => void, focusKey?: string) => {
    const before = useReadingListStore.getState().bookmarks
    action()
    const changes = changesBetween(before, useReadingListStore.getState().bookmarks)
    // An action that changed nothing is said, with nothing to undo.
    setUnchanged(changes.length === 0 ? message : null)
    if (changes.length === 0) return false
    setStack((entries) => [...entries, { id: nextUndoId++, message, changes, focusKey }].slice(-UNDO_LIMIT))
    return true
  }, [])

  function undo() {
    if (!latest) return undefined
    const { bookmarks: current, replace } = useReadingListStore.getState()
    replace(undoChanges(latest, current))
    setUnchanged(null)
    setStack((entries) => entries.filter((entry) => entry !== latest))
    return latest
  }

  return { latest, count: undoable.length, unchanged, track, undo }
}
