// The app's pay boxes: what each is in, the pay it takes, and the reason it gives for less. Both return the
// reader's one result shape (PayReading). Loads with the pages that have a box, not in the entry chunk.
import { formatLakhExact } from '@/lib/format-inr'
import { MIN_PAY_LIMITS, OFFER_LIMITS } from './limits'
import { offerUnit, type OfferView } from './units'
import { readPay, type PayBox, type PayReading } from './reader'
import { fill, messages } from '@/lib/i18n/runtime'

/** The catalog's "Pays at least" box: lakh a year, kept to the rupee (a range ending at ₹17 L does not reach 17.01). */
export const MIN_PAY_BOX: PayBox = { unit: 'year', limits: MIN_PAY_LIMITS }

const inHandMinReason = () =>
  fill(messages().pay.inHandMin, { min: formatLakhExact(OFFER_LIMITS.inhand.minLakh) })

/** The salary page's offer box in a view: lakh a year (per year, in hand) or rupees a month. */
export function offerBox(view: OfferView): PayBox {
  return {
    unit: offerUnit(view),
    limits: OFFER_LIMITS[view],
    ...(view === 'inhand' ? { minReason: inHandMinReason() } : {}),
  }
}

/** What a person typed in the "Pays at least" box: lakh a year, or the reason it cannot be used. */
export function readMinPay(text: string): PayReading {
  return readPay(text, MIN_PAY_BOX)
}

/** What a person typed in the offer box, in the unit the view holds offers in. */
export function readOffer(text: string, view: OfferView): PayReading {
  return readPay(text, offerBox(view))
}
