// Pay is kept to the rupee: the one rule for rounding it. Part of the entry chunk (the routes' search validation
// rounds an offer from the address): numbers only.
import { RUPEES_PER_LAKH, type PayUnit } from './units'

/**
 * Pay as the app keeps it, to the rupee: lakh to five decimals, a lakh being ₹1,00,000 (12.755 stays 12.755), a month
 * in whole rupees.
 */
export function toTheRupee(value: number, unit: PayUnit): number {
  return unit === 'month' ? Math.round(value) : Math.round(value * RUPEES_PER_LAKH) / RUPEES_PER_LAKH
}
