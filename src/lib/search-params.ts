// Validating URL search params: every value a person (or a hostile link) can put in the URL either parses to an
// allowed value or is dropped, so the page falls back to its default. Never throws.
//
// Hand-written rather than zod/mini: these parsers ship in the entry chunk (route validators are not code-split),
// where zod/mini cost 5.5 kB gzip against a 110 kB budget; these are a few hundred bytes and fully tested.
//
// Every route with search params declares them one way: `...defineSearch(shape, defaults)` in its options.
import { stripSearchParams, type SearchSchemaInput } from '@tanstack/react-router'

/** Reads one raw value; undefined means "not given or not valid": use the default. */
export type Parser<T> = (value: unknown) => T | undefined

/** One parser per search param. */
export type SearchShape = Record<string, Parser<unknown>>

/**
 * The parsed params. Every key of the shape is there, holding undefined when the address has no valid value: the
 * router lays the validated params over the raw ones, so a key left out would let its raw value through.
 */
export type ParsedSearch<S extends SearchShape> = {
  [K in keyof S]?: Exclude<ReturnType<S[K]>, undefined>
}

/** The validated params of a route: the keys that have a default always hold a value. */
export type ValidSearch<S extends SearchShape, D extends ParsedSearch<S>> = ParsedSearch<S> & {
  [K in keyof D & keyof S]-?: Exclude<ReturnType<S[K]>, undefined>
}

/**
 * A route's search params, in one place: spread the result into the route's options.
 *
 * - `validateSearch` parses each param with its parser (an invalid value falls back to the default, or to nothing)
 *   and then applies `refine` for rules across params (an offer's limits depend on its unit). Links and
 *   navigations may leave out any param.
 * - A param that equals its default is left out of the address, so a default view has a clean URL; so is a param
 *   with no valid value. The router tidies the address bar on the first load and on every navigation, so a link
 *   with `?step=99` or `?sort=page` ends up without it.
 */
export function defineSearch<S extends SearchShape, const D extends ParsedSearch<S> = Record<never, never>>(
  shape: S,
  defaults: D = {} as D,
  refine: (search: ValidSearch<S, D>) => ValidSearch<S, D> = (search) => search,
) {
  const validateSearch = (raw: ParsedSearch<S> & SearchSchemaInput): ValidSearch<S, D> => {
    const parsed: Record<string, unknown> = parseSearch(shape, raw)
    for (const [key, value] of Object.entries(defaults)) parsed[key] ??= value
    return refine(parsed as ValidSearch<S, D>)
  }
  // Typed by hand: the router's types cannot resolve which keys are optional while S and D are still generic.
  type Values = Partial<ValidSearch<S, D>>
  const stripDefaults = stripSearchParams<ValidSearch<S, D>, Values, Values, Values>(defaults as Values)
  return { validateSearch, search: { middlewares: [stripDefaults] } }
}

/**
 * A list of known values, written in the URL as "a,b" (or as an array). Unknown values are dropped, duplicates
 * removed, and the result follows the vocabulary's order so one view has one URL. Empty → undefined.
 */
export function listParam<const T extends string>(allowed: readonly T[]): Parser<readonly T[]> {
  return (value) => {
    const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : []
    const given = new Set(parts.map((part) => String(part).trim()))
    const picked = allowed.filter((a) => given.has(a))
    return picked.length > 0 ? picked : undefined
  }
}

/** One of a fixed set of values; anything else → undefined. */
export function enumParam<const T extends string>(allowed: readonly T[]): Parser<T> {
  return (value) => allowed.find((a) => a === value)
}

/** Free text, trimmed and cut to `max` characters; blank → undefined. */
export function textParam(max: number): Parser<string> {
  return (value) => {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined
    return String(value).trim().slice(0, max) || undefined
  }
}

/** A whole number within [min, max]; "4" and 4 both work, anything else → undefined. */
export function intParam(min: number, max: number): Parser<number> {
  return (value) => {
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
          ? Number(value)
          : NaN
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined
  }
}

/** An on/off switch: true, "true", 1 or "1" means on (true); anything else means off (absent). */
export function flagParam(): Parser<boolean> {
  return (value) => (value === true || value === 'true' || value === 1 || value === '1' ? true : undefined)
}

/**
 * Parse raw search params with one parser per key. Keys not in `shape` are dropped; every key of `shape` is
 * returned, as undefined when it is absent or invalid (see ParsedSearch).
 */
export function parseSearch<S extends SearchShape>(shape: S, raw: unknown): ParsedSearch<S> {
  const source: Record<string, unknown> =
    typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(shape)) {
    let parsed: unknown
    if (Object.prototype.hasOwnProperty.call(source, key)) {
      try {
        parsed = shape[key]?.(source[key])
      } catch {
        parsed = undefined
      }
    }
    out[key] = parsed
  }
  return out as ParsedSearch<S>
}

/** A number within [min, max] ("15", "15.5" or 15), rounded to `decimals` (one unless told); else undefined. */
export function numberParam(min: number, max: number, decimals = 1): Parser<number> {
  return (value) => {
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)
          ? Number(value)
          : NaN
    const factor = 10 ** decimals
    return Number.isFinite(n) && n >= min && n <= max ? Math.round(n * factor) / factor : undefined
  }
}
