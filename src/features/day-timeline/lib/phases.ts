import type { DayStep } from '@/content/schema'
import type { DayPhase } from '@/content/vocabulary'

export type PhaseGroup = {
  phase: DayPhase
  /** The steps of this run, each with its position in the whole day (0-based). */
  steps: { step: DayStep; index: number }[]
}

/**
 * The day split into runs of consecutive steps that share a phase. Runs, not buckets: if a phase came back later in
 * the day it would get a second group, so the day's order is never changed by grouping.
 */
export function groupByPhase(steps: readonly DayStep[]): PhaseGroup[] {
  const groups: PhaseGroup[] = []
  steps.forEach((step, index) => {
    const last = groups.at(-1)
    if (last && last.phase === step.phase) last.steps.push({ step, index })
    else groups.push({ phase: step.phase, steps: [{ step, index }] })
  })
  return groups
}
