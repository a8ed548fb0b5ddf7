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
