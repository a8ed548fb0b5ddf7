// The catalog's filters and page as URL search params: /?q=data&place=pune&minPay=15&page=2
import { MIN_PAY_LIMITS } from '@/lib/pay/limits'
import { defineSearch, numberParam, textParam, type Parser } from '@/lib/search-params'

// Place ids are checked against the content on the page, which the entry chunk does not hold; here only the shape.
const placeParam: Parser<string> = (value) =>
  typeof value === 'string' && /^[a-z0-9-]{1,60}$/.test(value) ? value : undefined

export const catalogSearch = defineSearch({
  q: textParam(60),
  place: placeParam,
  // To the rupee (five decimals of lakh), as the "Pays at least" box reads it: 17.01 stays 17.01.
  minPay: numberParam(MIN_PAY_LIMITS.minLakh, MIN_PAY_LIMITS.maxLakh, 5),
  /** 1-based; absent means the first page. */
  page: (value: unknown) => {
    const n = numberParam(2, 100_000)(value)
    return n !== undefined && Number.isInteger(n) ? n : undefined
  },
})

export type CatalogSearch = ReturnType<typeof catalogSearch.validateSearch>
