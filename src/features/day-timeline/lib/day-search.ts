// The timeline's search params: `?step=4&kind=meeting,review`. The route only picks these two keys out of the URL;
// they are validated here, with zod/mini, in the page's own chunk, so no zod reaches the entry chunk. Anything
// wrong falls back quietly: a step outside the day or not a whole number means "no step chosen" (the first step
// shows), unknown kinds are dropped.
import * as z from 'zod/mini'
import { STEP_KINDS, type StepKind } from '@/content/vocabulary'

/** What the route hands over: the two params as the router parsed them, not yet trusted. */
export type RawDaySearch = { step?: unknown; kind?: unknown }

export type DaySearch = {
  /** 1-based, within the day; undefined when the URL names no valid step. */
  step: number | undefined
  /** Chosen kinds, in the vocabulary's order, without repeats. */
  kinds: StepKind[]
}

/** Far longer than every kind joined with commas; longer values are not worth reading. */
const MAX_KIND_PARAM_LENGTH = 200

/** Known kinds named in a comma-separated list; the vocabulary is the allow-list, so nothing else gets through. */
function kindsFrom(param: string): StepKind[] {
  const wanted = new Set(param.split(',').map((part) => part.trim()))
  return STEP_KINDS.filter((kind) => wanted.has(kind))
}

function schemaFor(stepCount: number) {
  const step = z.pipe(
    // The router turns `?step=4` into the number 4; a hand-typed `?step=04` stays a string.
    z.union([z.number(), z.string().check(z.regex(/^\d{1,4}$/))]),
    z.pipe(
      z.transform((value: number | string) => Number(value)),
      z.number().check(z.int(), z.minimum(1), z.maximum(stepCount)),
    ),
  )
  const kind = z.pipe(z.string().check(z.maxLength(MAX_KIND_PARAM_LENGTH)), z.transform(kindsFrom))
  return z.object({
    step: z.catch(z.optional(step), undefined),
    kind: z.catch(z.optional(kind), undefined),
  })
}

/** Validates the raw params for a day of `stepCount` steps. Never throws. */
export function parseDaySearch(raw: unknown, stepCount: number): DaySearch {
  const result = schemaFor(stepCount).safeParse(raw)
  if (!result.success) return { step: undefined, kinds: [] }
  return { step: result.data.step, kinds: result.data.kind ?? [] }
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
