// "Your offer": parsing what a person types, and where an offer sits in a range. The offer stays in the browser:
// nothing here (or anywhere in the app) sends it over the network.
import { formatLakh, formatRupees } from '@/lib/format-inr'
import { offerProblem, RUPEES_PER_LAKH, toLakhPerYear, type OfferProblem, type SalaryUnit } from './search'
import { fromLakhPerYear } from './units'

export type ParsedOffer =
  | { status: 'empty' }
  | { status: 'invalid'; problem: OfferProblem; message: string }
  /** `value` is in the unit it was typed in; `lakhPerYear` is the same offer as the source counts it. */
  | { status: 'valid'; value: number; lakhPerYear: number }

// Digits with an optional decimal part; Indian or Western grouping commas are removed before this.
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/

/** Reads the offer box: "15", "15.5", "1,25,000", "₹ 15 L" are numbers; anything else is explained. */
export function parseOffer(raw: string, unit: SalaryUnit): ParsedOffer {
  let text = raw.trim()
  if (text === '') return { status: 'empty' }
  text = text.replace(/^₹|^rs\.?/i, '').replace(/\s*(?:l|lakh|lakhs|lpa)$/i, '')
  text = text.replace(/[,\s_]/g, '')
  if (/^[-−]/.test(text) && NUMBER.test(text.slice(1))) {
    return invalid('negative', NEGATIVE)
  }
  if (!NUMBER.test(text)) {
    return invalid(
      'not-a-number',
      unit === 'year'
        ? 'Enter a number of lakh, like 15 for ₹15 L a year.'
        : 'Enter a number of rupees, like 125000 for ₹1,25,000 a month.',
    )
  }
  return checkOffer(Number(text), unit)
}

/** Whether a number (from the box or from the page address) is an offer the chart can place, and if not, why. */
export function checkOffer(value: number, unit: SalaryUnit): ParsedOffer {
  const problem = offerProblem(value, unit)
  if (problem === null) return { status: 'valid', value, lakhPerYear: toLakhPerYear(value, unit) }
  return invalid(problem, problemMessage(problem, value, unit))
}

function problemMessage(problem: OfferProblem, value: number, unit: SalaryUnit): string {
  const typed = unit === 'year' ? `${formatLakh(value)} a year` : `${formatRupees(value)} a month`
  switch (problem) {
    case 'not-a-number':
      return 'Enter a number, like 15.'
    case 'negative':
      return NEGATIVE
    case 'zero':
      return 'An offer of zero cannot be placed on the ranges. Enter what you were offered.'
    case 'too-small':
      return unit === 'year'
        ? `${typed} is less than ₹1,000 a month. This box takes lakh: 15 means ₹15 L.`
        : `${typed} is less than ₹1,000. This box takes rupees a month: 125000 means ₹1,25,000.`
    case 'too-large': {
      // A common slip: typing rupees into the lakh box (1500000 for ₹15 L).
      const asLakh = value / RUPEES_PER_LAKH
      const hint =
        unit === 'year' && offerProblem(asLakh, 'year') === null
          ? ` If you typed rupees, ${formatRupees(value)} is ${formatLakh(asLakh)}: enter ${formatOfferValue(asLakh, 'year')}.`
          : ''
      return `${typed} is more than ₹5 crore a year, far beyond these ranges.${hint}`
    }
  }
}

const NEGATIVE = 'An offer cannot be negative. Enter the amount without a minus sign.'

function invalid(problem: OfferProblem, message: string): ParsedOffer {
  return { status: 'invalid', problem, message }
}

/** How an offer is written back into the box: lakh to two decimals, rupees whole. */
export function formatOfferValue(value: number, unit: SalaryUnit): string {
  return unit === 'year' ? String(Math.round(value * 100) / 100) : String(Math.round(value))
}

/** The same offer in the other unit, rounded the way the box shows it (15 L a year ⇄ ₹1,25,000 a month). */
export function convertOffer(value: number, from: SalaryUnit, to: SalaryUnit): number {
  if (from === to) return value
  const lakh = toLakhPerYear(value, from)
  return to === 'year' ? Math.round(lakh * 100) / 100 : fromLakhPerYear(lakh, 'month')
}

export type Verdict =
  | { kind: 'below'; gap: number }
  /** `percent`: how far from the bottom to the top, 0–100; null when the range is a single figure. */
  | { kind: 'within'; percent: number | null }
  | { kind: 'above'; gap: number }

/**
 * Where an offer sits against one range, all three in the same unit. Both ends count as within. Returns null
 * for an offer that is not a finite number.
 */
export function offerVerdict(offer: number, min: number, max: number): Verdict | null {
  if (!Number.isFinite(offer) || !Number.isFinite(min) || !Number.isFinite(max)) return null
  const low = Math.min(min, max)
  const high = Math.max(min, max)
  if (offer < low) return { kind: 'below', gap: low - offer }
  if (offer > high) return { kind: 'above', gap: offer - high }
  if (low === high) return { kind: 'within', percent: null }
  return { kind: 'within', percent: Math.round(((offer - low) / (high - low)) * 100) }
}

/** "Within, 30% of the way up", "Below, by ₹5 L", "Above, by ₹1,000". */
export function describeVerdict(verdict: Verdict, unit: SalaryUnit): string {
  const amount = (gap: number) => (unit === 'year' ? formatLakh(round2(gap)) : formatRupees(gap))
  switch (verdict.kind) {
    case 'below':
      return `Below, by ${amount(verdict.gap)}`
    case 'above':
      return `Above, by ${amount(verdict.gap)}`
    case 'within':
      return verdict.percent === null
        ? 'Within: it is the one figure given'
        : `Within, ${verdict.percent}% of the way up`
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100
