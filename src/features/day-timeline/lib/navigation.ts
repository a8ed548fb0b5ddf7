// Moving the selection along the day. The day is a line with a start and an end, so nothing wraps: ArrowDown on the
// last step stays there (End and Home are the jumps). Wrapping from "end of day" back to the morning would misstate
// the order, and a screen-reader user would get no cue that they had jumped.

import type { DaySearch } from './search'
import { fill, messages } from '@/lib/i18n/runtime'

export type StepMove = 'next' | 'previous' | 'first' | 'last'

/** The keys the step list answers to (WAI-ARIA listbox, vertical). */
export const KEY_MOVES: Readonly<Record<string, StepMove>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
}

/** The index a move lands on, clamped to the day; `count` is the number of steps (at least 1). */
export function moveSelection(current: number, count: number, move: StepMove): number {
  const last = Math.max(count - 1, 0)
  const from = Math.min(Math.max(current, 0), last)
  switch (move) {
    case 'next':
      return Math.min(from + 1, last)
    case 'previous':
      return Math.max(from - 1, 0)
    case 'first':
      return 0
    case 'last':
      return last
  }
}

/** "Step 4 of 11", from a 0-based index. */
export function stepPosition(index: number, count: number): string {
  return fill(messages().day.position, { number: index + 1, count })
}

/**
 * Type-ahead (recommended by the APG for lists of more than seven options): the next step after `current` whose
 * title starts with `char`, searching round from the top; undefined when none does.
 */
export function findByInitial(titles: readonly string[], current: number, char: string): number | undefined {
  const wanted = char.toLocaleLowerCase()
  if (wanted.trim() === '') return undefined
  for (let offset = 1; offset <= titles.length; offset++) {
    const index = (current + offset) % titles.length
    if (titles[index]?.toLocaleLowerCase().startsWith(wanted)) return index
  }
  return undefined
}

/** The step `search` names in a day of `stepCount` steps (1-based), or undefined when it names none there. */
export function stepInDay(search: DaySearch, stepCount: number): number | undefined {
  const { step } = search
  return step !== undefined && step <= stepCount ? step : undefined
}
