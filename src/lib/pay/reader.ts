// The one reader for every box where a person types pay (the catalog's "Pays at least", the salary page's offer).
// It takes what people actually type — "15", "15 LPA", "15 lacs", "₹15,00,000", "1.5 cr", "INR 15", "15 लाख",
// "1.5 करोड़", digits in Devanagari or full width — reads what is unambiguous, says what it understood, and asks when it cannot tell
// ("15,5": fifteen and a half, or a typo?). Nothing typed leaves the browser.
import { formatLakhExact, formatRupees } from '@/lib/format-inr'
import { limitProblem, type PayLimits, type PayProblem } from './limits'
import { toTheRupee } from './rounding'
import { fromLakhPerYear, MONTHS_PER_YEAR, RUPEES_PER_LAKH, toLakhPerYear, type PayUnit } from './units'
import { boxText } from './write-back'
import { fill, messages } from '@/lib/i18n/runtime'

/** What every pay box returns: nothing typed, a usable amount, or why what was typed cannot be used. */
export type PayReading =
  | { status: 'empty' }
  /**
   * `value`: in the box's unit (lakh a year, or whole rupees a month); `lakhPerYear`: the same pay as the source
   * counts it; `understood`: what was read, in words, e.g. "Read as ₹15 L a year."
   */
  | { status: 'valid'; value: number; lakhPerYear: number; understood: string }
  | { status: 'invalid'; problem: PayProblem; message: string }

export interface PayBox {
  /** What the box is in: lakh a year, or rupees a month. */
  unit: PayUnit
  /** Accepted pay, lakh a year. */
  limits: PayLimits
  /** Why less than the minimum is refused, when the box has a reason of its own to give (in hand). */
  minReason?: string
}

/** Anything past this many times the box's maximum is not a pay but a slip: said so, without echoing the number. */
const ABSURD_FACTOR = 1000
/** From 16 digits a number is not even held exactly. */
const ABSURD_NUMBER = 1e15

// Digits in the Indian scripts (and Arabic-Indic), each block running 0–9 from the code point given here.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66]

function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)
    return zero === undefined ? digit : String(code - zero)
  })
}

const LAKH_WORDS = /^(?:lakhs?|lacs?|lk|l)$/
const CRORE_WORDS = /^(?:crores?|cr|crs)$/
const THOUSAND_WORDS = /^(?:k|thousand)$/
const YEAR_WORDS =
  /^(?:pa|p\.?a\.?|per annum|an?num|a year|per year|yearly|annual|annually|\/ ?(?:yr|year|annum))$/
const MONTH_WORDS = /^(?:pm|p\.?m\.?|per month|a month|monthly|month|\/ ?(?:mo|month|m))$/

type Magnitude = 'lakh' | 'crore' | 'thousand' | 'none'
type Period = 'year' | 'month' | 'none'

/** "lpa", "l pa", "lakh per annum", "cr", "k pm", "a month": what multiplies the number, and over what period. */
function readWords(words: string): { magnitude: Magnitude; period: Period } | null {
  let rest = words.trim()
  let magnitude: Magnitude = 'none'
  let period: Period = 'none'
  // "LPA" and "CPA" run the magnitude and the period together.
  const joined = /^(l|c)pa\b\.?\s*/.exec(rest)
  if (joined) {
    magnitude = joined[1] === 'l' ? 'lakh' : 'crore'
    period = 'year'
    rest = rest.slice(joined[0].length)
  } else {
    const first = /^[a-z]+/.exec(rest)?.[0] ?? ''
    if (LAKH_WORDS.test(first)) magnitude = 'lakh'
    else if (CRORE_WORDS.test(first)) magnitude = 'crore'
    else if (THOUSAND_WORDS.test(first)) magnitude = 'thousand'
    if (magnitude !== 'none') rest = rest.slice(first.length).trim()
  }
  rest = rest.replace(/^(?:rupees|rs\.?|inr)\s*/, '').trim()
  if (rest !== '') {
    if (period !== 'none') return null
    if (YEAR_WORDS.test(rest)) period = 'year'
    else if (MONTH_WORDS.test(rest)) period = 'month'
    else return null
  }
  return { magnitude, period }
}

// Grouped thousands, Indian (15,00,000) or Western (1,500,000); anything else with a comma is not a grouping.
const INDIAN_GROUPING = /^\d{1,2}(?:,\d{2})*,\d{3}$/
const WESTERN_GROUPING = /^\d{1,3}(?:,\d{3})+$/

const croreFormat = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 })

/**
 * Exactly what was typed, to the rupee: "₹12.755 L" (never "₹12.76 L"), "₹2 crore", and below one lakh the rupees
 * ("₹12,000").
 */
function describeLakh(lakh: number): string {
  if (lakh < 1) return formatRupees(lakh * RUPEES_PER_LAKH)
  if (lakh >= 100 && Number.isInteger(lakh / 100))
    return fill(messages().pay.crore, { amount: croreFormat.format(lakh / 100) })
  return formatLakhExact(lakh)
}

function describeYear(lakh: number): string {
  return fill(messages().pay.perYear, { amount: describeLakh(lakh) })
}

function describeMonthFromLakh(lakh: number): string {
  return fill(messages().pay.perMonth, { amount: formatRupees(fromLakhPerYear(lakh, 'month')) })
}

const invalid = (problem: PayProblem, message: string): PayReading => ({
  status: 'invalid',
  problem,
  message,
})

/** A number far past any pay ("1" typed 300 times): said plainly, not echoed as "₹1.11e+297 crore". */
const absurd = (box: PayBox): PayReading =>
  invalid('too-large', fill(messages().pay.absurd, { max: describeYear(box.limits.maxLakh) }))

/** Reads one pay box. Never throws; an unusable entry comes back with the reason, in words. */
export function readPay(raw: string, box: PayBox): PayReading {
  const typed = raw.trim()
  if (typed === '') return { status: 'empty' }
  // NFKC turns full-width digits and letters ("１５ＬＰＡ") into plain ones.
  let text = asciiDigits(typed.normalize('NFKC'))
    .toLowerCase()
    // The magnitudes in Hindi: लाख, करोड़ (or करोड) and हज़ार (or हजार), typed in either language's page. NFKC has
    // split their nukta letters into letter + U+093C, so both spellings arrive here in one form.
    .replace(/लाख/g, ' lakh ')
    .replace(/करोड\u093C?/g, ' crore ')
    .replace(/हज\u093C?ार/g, ' thousand ')
    .trim()
    .replace(/\s+/g, ' ')
  text = text.replace(/^[−–—]/, '-')

  const t = messages().pay
  const hint = box.unit === 'year' ? t.hintYear : t.hintMonth

  if (/^-\s*(?:₹|rs\.?|inr)?\s*[\d.]/.test(text)) {
    return invalid('negative', t.negative)
  }
  text = text.replace(/^(?:₹|rs\.?|inr|rupees)\s*/, '')

  if (/^[\d.,]+\s*[a-z]*\s*(?:-|–|to)\s*[\d.,]+/.test(text)) {
    return invalid('not-a-number', fill(t.range, { hint }))
  }

  const match = /^(\d[\d,]*(?:\.\d*)?|\.\d+)\s*(.*)$/.exec(text)
  const words = match ? readWords(match[2] ?? '') : null
  if (!match || !words) return invalid('not-a-number', hint)
  const digits = match[1] ?? ''

  // Commas: a grouping is read as one; a single comma before one or two digits is probably a decimal comma.
  let number: number
  const [whole = '', fraction] = digits.split('.')
  if (!whole.includes(',')) number = Number(digits)
  else if (INDIAN_GROUPING.test(whole) || WESTERN_GROUPING.test(whole))
    number = Number(`${whole.replace(/,/g, '')}${fraction === undefined ? '' : `.${fraction}`}`)
  else if (/^\d+,\d{1,2}$/.test(whole) && fraction === undefined) {
    const meant = Number(whole.replace(',', '.'))
    const asTyped =
      words.magnitude === 'none' && box.unit === 'month' ? formatRupees(meant) : describeLakh(meant)
    return invalid('unclear', fill(t.decimalComma, { amount: asTyped, number: whole.replace(',', '.') }))
  } else return invalid('not-a-number', fill(t.badCommas, { digits, hint }))
  if (!Number.isFinite(number)) return invalid('not-a-number', hint)
  if (number === 0) return invalid('zero', t.zero)
  if (number >= ABSURD_NUMBER) return absurd(box)

  return place(number, words, box)
}

/** The number with its words, as lakh a year: the reading, or why it is not a usable amount. */
function place(
  number: number,
  { magnitude, period }: { magnitude: Magnitude; period: Period },
  box: PayBox,
): PayReading {
  const { minLakh, maxLakh } = box.limits
  const t = messages().pay
  let lakhPerYear: number
  const fromRupees = (rupees: number, per: PayUnit) =>
    per === 'month' ? toLakhPerYear(rupees, 'month') : rupees / RUPEES_PER_LAKH
  const fromLakh = (lakh: number, per: PayUnit) => (per === 'month' ? lakh * MONTHS_PER_YEAR : lakh)

  switch (magnitude) {
    case 'lakh':
      // Lakh with no period is a yearly figure, as offers quote it ("15 L", "15 LPA").
      lakhPerYear = fromLakh(number, period === 'month' ? 'month' : 'year')
      break
    case 'crore':
      lakhPerYear = fromLakh(number * 100, period === 'month' ? 'month' : 'year')
      break
    case 'thousand': {
      const per = period === 'none' ? 'month' : period
      // "50k" in the yearly box: people say k for monthly pay, but ₹50,000 a year is possible too.
      if (period === 'none' && box.unit === 'year') {
        const monthly = fromRupees(number * 1000, 'month')
        return invalid(
          'unclear',
          fill(t.thousandInYearBox, {
            rupees: formatRupees(number * 1000),
            year: describeYear(monthly),
            text: boxText(monthly, 'year'),
          }),
        )
      }
      lakhPerYear = fromRupees(number * 1000, per)
      break
    }
    case 'none': {
      const per = period === 'none' ? box.unit : period
      if (box.unit === 'year' && period !== 'month') {
        // A plain number in the lakh box is lakh, unless it is far too big to be: then it is rupees (1500000).
        const asMonthly = fromRupees(number, 'month')
        if (number <= maxLakh) lakhPerYear = number
        else if (
          period === 'none' &&
          number >= RUPEES_PER_LAKH &&
          number < 10 * RUPEES_PER_LAKH &&
          asMonthly <= maxLakh
        ) {
          // Six digits of rupees ("125000") are as likely a month's pay as a year's: ask rather than guess.
          const yearly = number / RUPEES_PER_LAKH
          return invalid(
            'unclear',
            fill(t.monthOrYear, {
              rupees: formatRupees(number),
              year: describeYear(asMonthly),
              text: boxText(asMonthly, 'year'),
              yearText: boxText(yearly, 'year'),
            }),
          )
        } else if (number >= RUPEES_PER_LAKH && number / RUPEES_PER_LAKH <= maxLakh)
          lakhPerYear = number / RUPEES_PER_LAKH
        else if (number > maxLakh * ABSURD_FACTOR) return absurd(box)
        else {
          const alternative =
            asMonthly >= minLakh && asMonthly <= maxLakh
              ? fill(t.ifMonthly, {
                  rupees: formatRupees(number),
                  year: describeYear(asMonthly),
                  text: boxText(asMonthly, 'year'),
                })
              : ''
          return invalid(
            'too-large',
            fill(t.beyond, { amount: describeYear(number), max: describeYear(maxLakh) }) + alternative,
          )
        }
      } else if (box.unit === 'month' && period !== 'year' && number < 1000) {
        // A small number in the rupees-a-month box is most likely lakh a year typed in the wrong unit.
        if (number >= minLakh && number <= maxLakh) {
          return invalid(
            'unclear',
            fill(t.lakhInMonthBox, {
              year: describeYear(number),
              month: describeMonthFromLakh(number),
              number: String(number),
            }),
          )
        }
        lakhPerYear = fromRupees(number, 'month')
      } else lakhPerYear = fromRupees(number, per)
      break
    }
  }

  const problem = limitProblem(lakhPerYear, box.unit, box.limits)
  if (problem === 'too-small') {
    const boxHint = box.minReason ?? (box.unit === 'year' ? t.boxYear : t.boxMonth)
    // Under a rupee, "₹0 a year" would be no explanation at all.
    const rupees = (lakhPerYear * RUPEES_PER_LAKH) / (box.unit === 'year' ? 1 : MONTHS_PER_YEAR)
    if (rupees < 1) {
      return invalid(
        'too-small',
        fill(box.unit === 'year' ? t.underRupeeYear : t.underRupeeMonth, { hint: boxHint }),
      )
    }
    return invalid(
      'too-small',
      fill(t.less, {
        amount: describeAsTyped(lakhPerYear, box),
        min: describeAsTyped(minLakh, box),
        hint: boxHint,
      }),
    )
  }
  if (lakhPerYear > maxLakh * ABSURD_FACTOR) return absurd(box)
  if (problem === 'too-large') {
    return invalid(
      'too-large',
      fill(t.beyond, { amount: describeAsTyped(lakhPerYear, box), max: describeYear(maxLakh) }),
    )
  }

  // Kept to the rupee, and said so when what was typed was finer than that.
  const exact = box.unit === 'year' ? lakhPerYear : (lakhPerYear * RUPEES_PER_LAKH) / MONTHS_PER_YEAR
  lakhPerYear = toTheRupee(lakhPerYear, 'year')
  const value = box.unit === 'year' ? lakhPerYear : toTheRupee(exact, 'month')
  const rounded = Math.abs(value - exact) > 1e-9
  const month = fill(t.perMonth, { amount: formatRupees(value) })
  const understood =
    box.unit === 'year'
      ? fill(rounded ? t.readAsRounded : t.readAs, { amount: describeYear(lakhPerYear) })
      : magnitude === 'none' && period !== 'year'
        ? fill(rounded ? t.readAsRounded : t.readAs, { amount: month })
        : fill(rounded ? t.readAsBothRounded : t.readAsBoth, { year: describeYear(lakhPerYear), month })
  return { status: 'valid', value, lakhPerYear, understood }
}

function describeAsTyped(lakhPerYear: number, box: PayBox): string {
  return box.unit === 'year' ? describeYear(lakhPerYear) : describeMonthFromLakh(lakhPerYear)
}
