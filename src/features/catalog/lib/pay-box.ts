// The "Pays at least" box. Kept apart from catalog-search.ts, which the route's search validation puts in the entry
// chunk: the pay reader loads with the catalog page instead.
import { readPay } from '@/lib/pay-input'
import { MAX_PAY_LAKH } from './search'

export type PayInput =
  { ok: true; lakh: number | undefined; understood?: string } | { ok: false; message: string }

/** What a person typed in the "pays at least" box → lakh a year, or the reason it cannot be used. */
export function parsePayInput(text: string): PayInput {
  // Kept to the rupee, as typed: a range ending at ₹17 L does not reach 17.01.
  const reading = readPay(text, { unit: 'year', limits: { minLakh: 0.1, maxLakh: MAX_PAY_LAKH } })
  switch (reading.status) {
    case 'empty':
      return { ok: true, lakh: undefined }
    case 'valid':
      return { ok: true, lakh: reading.lakhPerYear, understood: reading.understood }
    case 'invalid':
      return { ok: false, message: reading.message }
  }
}
