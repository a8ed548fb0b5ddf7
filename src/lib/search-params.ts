// Building blocks for validating URL search params: every value a person (or a hostile link) can put in the URL
// falls back to a safe default instead of throwing. zod/mini keeps this small enough for the entry chunk.
import * as z from 'zod/mini'

/**
 * A list of known values, written in the URL as "a,b" (or as an array). Unknown values are dropped, duplicates
 * removed, and the result follows the vocabulary's order so one view has one URL. Empty → undefined.
 */
export function listParam<const T extends string>(allowed: readonly T[]) {
  const known = new Set<string>(allowed)
  return z.catch(
    z.optional(
      z.pipe(
        z.union([z.string(), z.array(z.unknown())]),
        z.transform((value): T[] | undefined => {
          const parts = (typeof value === 'string' ? value.split(',') : value).map((v) => String(v).trim())
          const picked = allowed.filter((a) => parts.includes(a) && known.has(a))
          return picked.length > 0 ? picked : undefined
        }),
      ),
    ),
    undefined,
  )
}

/** One of a fixed set of values; anything else → undefined (the caller's default). */
export function enumParam<const T extends string>(allowed: readonly [T, ...T[]]) {
  return z.catch(z.optional(z.enum(allowed)), undefined)
}

/** Free text, trimmed and cut to `max` characters; blank → undefined. */
export function textParam(max: number) {
  return z.catch(
    z.optional(
      z.pipe(
        z.union([z.string(), z.number()]),
        z.transform((value) => String(value).trim().slice(0, max) || undefined),
      ),
    ),
    undefined,
  )
}

/** A whole number within [min, max]; "4" and 4 both work, anything else → undefined. */
export function intParam(min: number, max: number) {
  return z.catch(
    z.optional(z.pipe(z.union([z.number(), z.string()]), z.transform(toIntInRange(min, max)))),
    undefined,
  )
}

function toIntInRange(min: number, max: number) {
  return (value: number | string): number | undefined => {
    const n = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined
  }
}

/** Parse raw search params with a schema built from the helpers above; never throws. */
export function parseSearch<T>(schema: z.ZodMiniType<T>, raw: unknown, fallback: T): T {
  const result = z.safeParse(schema, typeof raw === 'object' && raw !== null ? raw : {})
  return result.success ? result.data : fallback
}
