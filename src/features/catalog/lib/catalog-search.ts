// The catalog's filters as URL search params: /?q=data&place=pune&minPay=15
import { readPay } from '@/lib/pay-input'
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

export type PayInput =
  { ok: true; lakh: number | undefined; understood?: string } | { ok: false; message: string }

/** What a person typed in the "pays at least" box → lakh a year, or the reason it cannot be used. */
export function parsePayInput(text: string): PayInput {
  // The catalog filters to 0.1 L, as its address holds it.
  const reading = readPay(text, {
    unit: 'year',
    limits: { minLakh: 0.1, maxLakh: MAX_PAY_LAKH },
    lakhDecimals: 1,
  })
  switch (reading.status) {
    case 'empty':
      return { ok: true, lakh: undefined }
    case 'valid':
      return { ok: true, lakh: reading.lakhPerYear, understood: reading.understood }
    case 'invalid':
      return { ok: false, message: reading.message }
  }
}
