import type { DayStep } from '@/content/schema'
import { STEP_KINDS, type StepKind, vocabularyLabels } from '@/content/vocabulary'
import { fill, messages } from '@/lib/i18n/runtime'

/** Whether a step is highlighted: with no kind chosen nothing is highlighted; otherwise its kind must be chosen. */
export function isHighlighted(step: DayStep, kinds: readonly StepKind[]): boolean {
  return kinds.length > 0 && kinds.includes(step.kind)
}

/** The highlight's status line, e.g. "3 of 11 steps highlighted: Meeting, Review." */
export function highlightSummary(steps: readonly DayStep[], kinds: readonly StepKind[]): string {
  const t = messages().day
  if (kinds.length === 0) return fill(t.noKind, { count: steps.length })
  const matching = steps.filter((step) => isHighlighted(step, kinds)).length
  const names = kinds.map((kind) => vocabularyLabels().stepKinds[kind]).join(t.kindSeparator)
  return fill(t.highlighted, { count: matching, total: steps.length, kinds: names })
}

export type KindCount = { kind: StepKind; count: number }

/**
 * How many steps fall in each kind: counts of steps, not hours (the source times only a few steps). Kinds with no step
 * are left out. Most first; ties keep the vocabulary's order.
 */
export function countByKind(steps: readonly DayStep[]): KindCount[] {
  return STEP_KINDS.map((kind) => ({ kind, count: steps.filter((step) => step.kind === kind).length }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count)
}
