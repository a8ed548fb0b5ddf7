// The timeline's search params: `?step=4&kind=meeting,review`. The route validates them, so this module is part of the
// entry chunk: only the definition, nothing the page alone uses. Anything wrong falls back quietly and leaves the
// address: a step that is not a whole number from 1 to MAX_DAY_STEPS means "no step chosen" (the first step
// shows); unknown kinds are dropped, and the rest follow the vocabulary's order.
import { STEP_KINDS } from '@/content/vocabulary'
import { defineSearch, intParam, listParam } from '@/lib/search-params'

/**
 * The most steps a day may have (the content's days have 11; a test holds every career to this). The route checks
 * the address before the career loads, so it cannot know this day's length: a step past the end of a shorter day
 * stays in the address and shows the first step, as no step does.
 */
export const MAX_DAY_STEPS = 40

export const daySearch = defineSearch({
  /** 1-based. */
  step: intParam(1, MAX_DAY_STEPS),
  /** The highlighted kinds. */
  kind: listParam(STEP_KINDS),
})

export type DaySearch = ReturnType<typeof daySearch.validateSearch>
