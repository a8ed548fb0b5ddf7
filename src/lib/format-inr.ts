// The one place money is formatted: Indian grouping (1,00,000) and lakh ranges ("₹12–22 L").
// A no-break space keeps "L" on the same line as its number on narrow screens.

const NBSP = '\u00a0'

const lakhNumber = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 })
const rupees = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  maximumFractionDigits: 0,
})

/** 12 → "₹12 L" */
export function formatLakh(lakh: number): string {
  return `₹${lakhNumber.format(lakh)}${NBSP}L`
}

const lakhToTheRupee = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 5 })

/**
 * An amount someone typed, down to the rupee (a lakh has five decimals of rupees): 12.755 → "₹12.755 L", never
 * "₹12.8 L". For offers and minimums, which are compared to the rupee; the source's ranges use formatLakh.
 */
export function formatLakhExact(lakh: number): string {
  return `₹${lakhToTheRupee.format(lakh)}${NBSP}L`
}

/** (12, 22) → "₹12–22 L"; equal ends collapse to one figure. */
export function formatLakhRange(min: number, max: number): string {
  if (min === max) return formatLakh(min)
  return `₹${lakhNumber.format(min)}–${lakhNumber.format(max)}${NBSP}L`
}

/** 100000 → "₹1,00,000" */
export function formatRupees(amount: number): string {
  return rupees.format(amount)
}

/** The words a screen reader should hear for a lakh range: "12 to 22 lakh rupees". */
export function describeLakhRange(min: number, max: number): string {
  if (min === max) return `${lakhNumber.format(min)} lakh rupees`
  return `${lakhNumber.format(min)} to ${lakhNumber.format(max)} lakh rupees`
}
