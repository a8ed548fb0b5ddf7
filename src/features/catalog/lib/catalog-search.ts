// The catalog's filters as URL search params: /?q=data&place=pune&minPay=15
import { numberParam, parseSearch, textParam, type Parser } from '@/lib/search-params'
import type { CatalogFilters } from './filter-catalog'

export const MAX_PAY_LAKH = 1000

// Place ids are checked against the content on the page, which the entry chunk does not hold; here only the shape.
const placeParam: Parser<string> = (value) =>
  typeof value === 'string' && /^[a-z0-9-]{1,60}$/.test(value) ? value : undefined

const CATALOG_PARAMS = {
  q: textParam(60),
  place: placeParam,
  minPay: numberParam(0.1, MAX_PAY_LAKH),
}

export function parseCatalogSearch(raw: unknown): CatalogFilters {
  return parseSearch(CATALOG_PARAMS, raw)
}

export type PayInput = { ok: true; lakh: number | undefined } | { ok: false; message: string }

/** What a person typed in the "pays at least" box → lakh a year, or the reason it cannot be used. */
export function parsePayInput(text: string): PayInput {
  const trimmed = text.trim().replace(/,/g, '')
  if (trimmed === '') return { ok: true, lakh: undefined }
  if (!/^\d+(\.\d+)?$/.test(trimmed))
    return { ok: false, message: 'Enter an amount in lakh, like 15 or 12.5.' }
  const lakh = Number(trimmed)
  if (lakh <= 0) return { ok: false, message: 'Enter an amount above zero.' }
  if (lakh > MAX_PAY_LAKH) return { ok: false, message: `Enter at most ${MAX_PAY_LAKH} lakh.` }
  return { ok: true, lakh: Math.round(lakh * 10) / 10 }
}
