import { useState } from 'react'
import { readOffer } from '@/lib/pay/boxes'
import type { PayReading } from '@/lib/pay/reader'
import { roundOffer } from '@/lib/pay/limits'
import { offerUnit } from '@/lib/pay/units'
import { boxText, convertPay } from '@/lib/pay/write-back'
import { TYPING_PAUSE_MS, useUrlText } from '@/lib/use-url-text'
import type { SalarySearch, SalaryUnit } from '../lib/search'

export type SearchChange = (next: SalarySearch, options: { replace: boolean }) => void

export interface OfferBox {
  /** Exactly what was typed. */
  text: string
  /** The text read in the box's unit. */
  parsed: PayReading
  /** The unit the page shows: the address's, or the one just chosen while the address catches up. */
  unit: SalaryUnit
  setText: (text: string) => void
  clear: () => void
  changeUnit: (unit: SalaryUnit) => void
  /** Pushes another change of view (sort, PF), carrying the offer as typed; what was typed is written first. */
  push: (patch: Partial<Omit<SalarySearch, 'offer' | 'unit'>>) => void
  /** Replaces the current entry with another change of view (the figure worked through), carrying the offer. */
  replace: (patch: Partial<Omit<SalarySearch, 'offer' | 'unit'>>) => void
}

/**
 * The offer box, on the app's one pattern for typed text in the address (useUrlText): what is typed stays as typed
 * (so "1,25,000" or a typo is not rewritten under the cursor), and the address gets the offer once typing pauses,
 * replacing its entry. Every other change the page makes carries the offer as typed, and one that adds a history
 * entry (unit, sort, PF) first writes a pause still waiting, so Back returns to it and nothing typed is lost.
 */
export function useOfferBox(search: SalarySearch, onSearchChange: SearchChange): OfferBox {
  // The unit the text is in. A unit switch changes the text and this together, at once; the address follows a beat
  // later, and until it does the box (and the page) is in the unit just chosen. A change of the address from outside
  // (Back, a link) brings its own unit, and the box shows the address's offer in it.
  const [units, setUnits] = useState({ box: search.unit, seen: search.unit })
  const unitFromOutside = search.unit !== units.seen && search.unit !== units.box
  if (search.unit !== units.seen) setUnits({ box: search.unit, seen: search.unit })
  const unit = search.unit === units.seen ? units.box : search.unit

  const box = useUrlText<number>({
    value: search.offer,
    textFor: (offer) => (offer === undefined ? '' : boxText(offer, offerUnit(unit))),
    parse: (text) => offerIn(text, unit),
    write: (offer) => onSearchChange(withOffer(search, unit, offer), { replace: true }),
    delayMs: TYPING_PAUSE_MS,
  })
  // Text that means nothing in the new unit ("125000" per year) would otherwise stay, as it says "no offer" too.
  if (unitFromOutside) box.setText(search.offer === undefined ? '' : boxText(search.offer, offerUnit(unit)))
  const parsed = readOffer(box.text, unit)

  /** The last unit switch: the offer (lakh a year), the text it wrote, and the text and unit it replaced. */
  const [switched, setSwitched] = useState<
    { lakh: number; text: string; fromText: string; fromMonth: boolean } | undefined
  >(undefined)

  return {
    text: box.text,
    parsed,
    unit,
    setText: box.setText,
    clear() {
      box.setText('')
      onSearchChange(withOffer(search, unit, undefined), { replace: true })
    },
    /**
     * Switching unit converts a valid offer (15 L a year ⇄ ₹1,25,000 a month) and clears one that is not. The
     * converted text stays even where the new unit cannot use it (under ₹1 L a year in hand): the box says why.
     * Switching back before editing restores the text as it was, so nothing is rounded on the way (a month is
     * whole rupees: 15.554 L is ₹1,29,616.67).
     */
    changeUnit(next) {
      const toMonth = next === 'month'
      const textIn = (offer: number) => boxText(offer, offerUnit(next))
      let lakh: number | undefined
      let text = ''
      if (switched && switched.text === box.text) {
        lakh = switched.lakh
        text =
          switched.fromMonth === toMonth
            ? switched.fromText
            : textIn(convertPay(roundOffer(lakh, 'year'), 'year', offerUnit(next)))
      } else if (parsed.status === 'valid') {
        lakh = parsed.lakhPerYear
        text = textIn(convertPay(parsed.value, offerUnit(unit), offerUnit(next)))
      }
      setSwitched(
        lakh === undefined ? undefined : { lakh, text, fromText: box.text, fromMonth: unit === 'month' },
      )
      box.flush()
      box.setText(text)
      setUnits({ box: next, seen: search.unit })
      onSearchChange(withOffer(search, next, offerIn(text, next)), { replace: false })
    },
    push(patch) {
      box.flush()
      onSearchChange(patched(search, unit, box.typed, patch), { replace: false })
    },
    replace(patch) {
      onSearchChange(patched(search, unit, box.typed, patch), { replace: true })
    },
  }
}

/** The offer a text stands for in a unit, or undefined when it is not one the unit can use. */
function offerIn(text: string, unit: SalaryUnit): number | undefined {
  const reading = readOffer(text, unit)
  return reading.status === 'valid' ? reading.value : undefined
}

/** The view with another sort, PF or figure worked through, and the offer as typed, in the address's order. */
function patched(
  search: SalarySearch,
  unit: SalaryUnit,
  offer: number | undefined,
  patch: Partial<SalarySearch>,
): SalarySearch {
  const next: SalarySearch = { ...search, unit, offer, ...patch }
  if (next.offer === undefined) delete next.offer
  return next
}

/** The view with `unit` and `offer` (left out when there is none). */
function withOffer(search: SalarySearch, unit: SalaryUnit, offer: number | undefined): SalarySearch {
  const { sort, pf, working } = search
  return {
    sort,
    unit,
    pf,
    ...(working === undefined ? {} : { working }),
    ...(offer === undefined ? {} : { offer }),
  }
}
