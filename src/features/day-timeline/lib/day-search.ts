// The timeline's search params: `?step=4&kind=meeting,review`. The route only picks these two keys out of the URL;
// they are validated here, where the day's length is known, with the app's shared parsers. Anything wrong falls
// back quietly: a step outside the day or not a whole number means "no step chosen" (the first step shows), unknown
// kinds are dropped.
import { STEP_KINDS, type StepKind } from '@/content/vocabulary'
import { intParam, listParam, parseSearch } from '@/lib/search-params'

/** What the route hands over: the two params as the router parsed them, not yet trusted. */
export type RawDaySearch = { step?: unknown; kind?: unknown }

export type DaySearch = {
  /** 1-based, within the day; undefined when the URL names no valid step. */
  step: number | undefined
  /** Chosen kinds, in the vocabulary's order, without repeats. */
  kinds: StepKind[]
}

const kindParam = listParam(STEP_KINDS)

/** Validates the raw params for a day of `stepCount` steps. Never throws. */
export function parseDaySearch(raw: unknown, stepCount: number): DaySearch {
  const parsed = parseSearch({ step: intParam(1, stepCount), kind: kindParam }, raw)
  return { step: parsed.step, kinds: parsed.kind ?? [] }
}

/** The params for a view, leaving out what is not set so URLs stay short. */
export function serializeDaySearch(search: DaySearch): { step?: number; kind?: string } {
  return {
    ...(search.step !== undefined && { step: search.step }),
    ...(search.kinds.length > 0 && { kind: search.kinds.join(',') }),
  }
}

/** Whether the URL already says exactly what is shown (if not, the page rewrites it, replacing the entry). */
export function isCanonical(raw: RawDaySearch, search: DaySearch): boolean {
  const canonical = serializeDaySearch(search)
  return raw.step === canonical.step && raw.kind === canonical.kind
}
