import { fill, messages } from '@/lib/i18n/runtime'

// The one place money is formatted: Indian grouping (1,00,000) and lakh ranges ("₹12–22 L").
// A no-break space keeps "L" on the same line as its number on narrow screens.

const lakhNumber = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 })
const rupees = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  maximumFractionDigits: 0,
})

/** 12 → "₹12 L" ("₹12 लाख" in Hindi) */
export function formatLakh(lakh: number): string {
  return fill(messages().money.lakh, { amount: lakhNumber.format(lakh) })
}

const lakhToTheRupee = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 5 })

/**
 * An amount someone typed, down to the rupee (a lakh has five decimals of rupees): 12.755 → "₹12.755 L", never
 * "₹12.8 L". For offers and minimums, which are compared to the rupee; the source's ranges use formatLakh.
 */
export function formatLakhExact(lakh: number): string {
  return fill(messages().money.lakh, { amount: lakhToTheRupee.format(lakh) })
}

/** (12, 22) → "₹12–22 L"; equal ends collapse to one figure. */
export function formatLakhRange(min: number, max: number): string {
  if (min === max) return formatLakh(min)
  return fill(messages().money.lakhRange, { min: lakhNumber.format(min), max: lakhNumber.format(max) })
}

/** 100000 → "₹1,00,000" */
export function formatRupees(amount: number): string {
  return rupees.format(amount)
}

/** The words a screen reader should hear for a lakh range: "12 to 22 lakh rupees". */
export function describeLakhRange(min: number, max: number): string {
  const t = messages().money
  if (min === max) return fill(t.lakhWords, { amount: lakhNumber.format(min) })
  return fill(t.lakhRangeWords, { min: lakhNumber.format(min), max: lakhNumber.format(max) })
}
