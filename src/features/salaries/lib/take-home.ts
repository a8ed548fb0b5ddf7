// What a yearly gross pay leaves in hand after income tax, the employee's provident fund and professional tax, for a
// salaried resident with no other income, tax year 2026-27, default regime. Pure arithmetic with every step kept,
// so the page can show its working. It is an estimate: the employer's payroll may differ (PF convention, variable
// pay, how tax is spread over the months).
//
// Sources: Income-tax Act, 2025 — s.202 (slabs of the default regime), s.19 (standard deduction), s.156 (rebate);
// surcharge and the 4% Health and Education Cess as set by the Finance Act; Employees' Provident Funds scheme (12%
// of basic wages, compulsory on wages up to ₹15,000 a month); each state's professional tax act, capped at ₹2,500
// a year by Article 276(2) of the Constitution.

import { OFFER_LIMITS } from '@/lib/pay/limits'
import { RUPEES_PER_LAKH } from '@/lib/pay/units'
import type { PfConvention } from './search'

export type { PfConvention }
export { PF_CONVENTIONS } from './search'

export const TAX_YEAR = '2026-27'

export const STANDARD_DEDUCTION = 75_000

/** Slabs on total income: the rate applies to the part of income between `from` and the next slab's `from`. */
export const SLABS: readonly { from: number; rate: number }[] = [
  { from: 0, rate: 0 },
  { from: 400_000, rate: 0.05 },
  { from: 800_000, rate: 0.1 },
  { from: 1_200_000, rate: 0.15 },
  { from: 1_600_000, rate: 0.2 },
  { from: 2_000_000, rate: 0.25 },
  { from: 2_400_000, rate: 0.3 },
]

/** s.156: the whole tax, up to this much, is rebated when total income is at most REBATE_INCOME_LIMIT. */
export const REBATE_MAX = 60_000
export const REBATE_INCOME_LIMIT = 1_200_000

/** Surcharge on the tax, by total income (the default regime caps it at 25%). */
export const SURCHARGES: readonly { above: number; rate: number }[] = [
  { above: 5_000_000, rate: 0.1 },
  { above: 10_000_000, rate: 0.15 },
  { above: 20_000_000, rate: 0.25 },
]

export const CESS_RATE = 0.04

/** The pay this estimate covers, rupees a year (₹1 L to ₹5 crore): outside it, refused rather than guessed. */
export const GROSS_LIMITS = {
  min: OFFER_LIMITS.inhand.minLakh * RUPEES_PER_LAKH,
  max: OFFER_LIMITS.inhand.maxLakh * RUPEES_PER_LAKH,
} as const

// ----- Provident fund -----

export const PF_RATE = 0.12
/** 12% of the ₹15,000 a month wage ceiling: the statutory minimum, and what many offers deduct. */
export const PF_MIN_PER_MONTH = 1_800

const BASIC_SHARE: Record<Exclude<PfConvention, 'min'>, number> = { basic40: 0.4, basic50: 0.5 }

/** The employee's own PF for a year. Never more than 12% of pay: basic is part of pay, so 12% of it cannot exceed that. */
export function employeePf(grossYear: number, pf: PfConvention): number {
  if (pf === 'min') return Math.min(PF_MIN_PER_MONTH * 12, Math.round(grossYear * PF_RATE))
  return Math.round(grossYear * BASIC_SHARE[pf] * PF_RATE)
}

// ----- Professional tax -----

export type StateId = 'karnataka' | 'telangana' | 'maharashtra' | 'haryana' | 'uttar-pradesh' | 'delhi'

/**
 * One step of a state's monthly schedule: from this gross salary a month (whole rupees, inclusive), this much a
 * month, and `february` in February where the state collects more then.
 */
export interface ProfessionalTaxSlab {
  fromMonthly: number
  perMonth: number
  february?: number
}

export interface ProfessionalTax {
  state: string
  /** By gross salary a month, lowest first; below the first slab nothing is owed. Empty: the state levies none. */
  slabs: readonly ProfessionalTaxSlab[]
  /** The schedule and its law, in the page's words. */
  rule: string
}

export const PROFESSIONAL_TAX: Record<StateId, ProfessionalTax> = {
  karnataka: {
    state: 'Karnataka',
    slabs: [{ fromMonthly: 25_000, perMonth: 200, february: 300 }],
    rule: 'Karnataka professional tax: nil below ₹25,000 a month; from ₹25,000, ₹200 a month and ₹300 in February (from 1 April 2025)',
  },
  telangana: {
    state: 'Telangana',
    slabs: [
      { fromMonthly: 15_001, perMonth: 150 },
      { fromMonthly: 20_001, perMonth: 200 },
    ],
    rule: 'Telangana professional tax: nil up to ₹15,000 a month; ₹150 a month up to ₹20,000; ₹200 a month above that',
  },
  maharashtra: {
    state: 'Maharashtra',
    slabs: [
      { fromMonthly: 7_501, perMonth: 175 },
      { fromMonthly: 10_001, perMonth: 200, february: 300 },
    ],
    rule: 'Maharashtra professional tax: nil up to ₹7,500 a month; ₹175 a month up to ₹10,000; above that ₹200 a month and ₹300 in February (women pay nil up to ₹25,000 a month, which this estimate does not assume)',
  },
  haryana: {
    state: 'Haryana',
    slabs: [],
    rule: 'Haryana levies no professional tax (its labour welfare fund deduction, at most ₹34 a month, is left out)',
  },
  'uttar-pradesh': { state: 'Uttar Pradesh', slabs: [], rule: 'Uttar Pradesh levies no professional tax' },
  delhi: { state: 'Delhi', slabs: [], rule: 'Delhi levies no professional tax' },
}

/** What a state's professional tax takes at one gross salary a month. */
export interface ProfessionalTaxCharge {
  perMonth: number
  /** February's amount (the same as perMonth where the state collects no more then). */
  february: number
  perYear: number
}

/** The slab a gross salary a month (whole rupees) falls in, and what it comes to over a year. */
export function professionalTaxCharge(state: StateId, monthlyGross: number): ProfessionalTaxCharge {
  let slab: ProfessionalTaxSlab | undefined
  for (const step of PROFESSIONAL_TAX[state].slabs) if (monthlyGross >= step.fromMonthly) slab = step
  const perMonth = slab?.perMonth ?? 0
  const february = slab?.february ?? perMonth
  return { perMonth, february, perYear: perMonth * 11 + february }
}

// ----- Income tax -----

export interface SlabLine {
  from: number
  /** Undefined for the top slab. */
  to: number | undefined
  rate: number
  /** The part of total income taxed at this rate, and the tax on it (unrounded). */
  income: number
  tax: number
}

export type Relief =
  | { kind: 'none' }
  /** s.156: total income within the limit, the tax (at most ₹60,000) is rebated in full. */
  | { kind: 'rebate'; amount: number }
  /** s.156 marginal relief: the tax is cut to what income exceeds ₹12 L by. */
  | { kind: 'marginal-rebate'; amount: number }

export interface IncomeTax {
  totalIncome: number
  slabs: SlabLine[]
  slabTax: number
  relief: Relief
  /** After rebate or relief. */
  taxAfterRelief: number
  surchargeRate: number
  /** After its own marginal relief. */
  surcharge: number
  /** How much marginal relief cut the surcharge by (0 when none). */
  surchargeRelief: number
  cess: number
  /** Tax, surcharge and cess, rounded to the nearest ₹10. */
  total: number
  /** True where each extra rupee of income is taxed in full (plus cess): in hand falls slightly as pay rises. */
  inReliefBand: boolean
}

const roundTo10 = (n: number) => Math.round(n / 10) * 10

function slabLines(totalIncome: number): SlabLine[] {
  return SLABS.map((slab, i) => {
    const to = SLABS[i + 1]?.from
    const income = Math.max(0, Math.min(totalIncome, to ?? Infinity) - slab.from)
    return { from: slab.from, to, rate: slab.rate, income, tax: income * slab.rate }
  })
}

/** Slab tax on a total income, before rebate, surcharge and cess. */
export function slabTax(totalIncome: number): number {
  return slabLines(totalIncome).reduce((sum, line) => sum + line.tax, 0)
}

function surchargeRateFor(totalIncome: number): number {
  let rate = 0
  for (const band of SURCHARGES) if (totalIncome > band.above) rate = band.rate
  return rate
}

/**
 * Income tax on a total income (already after the standard deduction). Total income is taken as given here; the
 * salary-level function rounds it to the nearest ₹10 first.
 */
export function incomeTax(totalIncome: number): IncomeTax {
  const slabs = slabLines(totalIncome)
  const before = slabs.reduce((sum, line) => sum + line.tax, 0)

  let relief: Relief = { kind: 'none' }
  if (totalIncome <= REBATE_INCOME_LIMIT) {
    const amount = Math.min(before, REBATE_MAX)
    if (amount > 0) relief = { kind: 'rebate', amount }
  } else {
    // Income just above the limit should not pay more tax than the income above the limit.
    const excess = totalIncome - REBATE_INCOME_LIMIT
    if (before > excess) relief = { kind: 'marginal-rebate', amount: before - excess }
  }
  const taxAfterRelief = before - (relief.kind === 'none' ? 0 : relief.amount)

  const surchargeRate = surchargeRateFor(totalIncome)
  let surcharge = taxAfterRelief * surchargeRate
  let surchargeRelief = 0
  const band = [...SURCHARGES].reverse().find((b) => totalIncome > b.above)
  if (band) {
    // Marginal relief: tax and surcharge together exceed the amount at the threshold by no more than the income
    // above it.
    const atThreshold = slabTax(band.above) * (1 + surchargeRateFor(band.above))
    const cap = atThreshold + (totalIncome - band.above)
    if (taxAfterRelief + surcharge > cap) {
      surchargeRelief = taxAfterRelief + surcharge - cap
      surcharge -= surchargeRelief
    }
  }

  const cess = (taxAfterRelief + surcharge) * CESS_RATE
  return {
    totalIncome,
    slabs,
    slabTax: before,
    relief,
    taxAfterRelief,
    surchargeRate,
    surcharge,
    surchargeRelief,
    cess,
    total: roundTo10(taxAfterRelief + surcharge + cess),
    inReliefBand: relief.kind === 'marginal-rebate' || surchargeRelief > 0,
  }
}

// ----- In hand -----

export interface TakeHome {
  gross: number
  standardDeduction: number
  tax: IncomeTax
  pf: number
  pfConvention: PfConvention
  /** Gross pay a month, to the rupee: what the professional tax slabs are read against. */
  grossMonth: number
  professionalTax: ProfessionalTax[]
  /** The slab charged (the largest where a place spans states; they charge the same, see place-states.ts). */
  professionalTaxCharge: ProfessionalTaxCharge
  professionalTaxPerYear: number
  inHandYear: number
  /** inHandYear ÷ 12, to the rupee: February's extra professional tax and uneven monthly tax are averaged out. */
  inHandMonth: number
}

export type TakeHomeResult =
  | { ok: true; value: TakeHome }
  | { ok: false; problem: 'not-a-number' | 'not-positive' | 'too-small' | 'too-large' }

const NO_PROFESSIONAL_TAX: ProfessionalTaxCharge = { perMonth: 0, february: 0, perYear: 0 }

/**
 * In hand from a yearly gross cash pay in rupees. `states`: where the professional tax is owed; several when a place
 * spans states (NCR), in which case they must all charge the same.
 */
export function takeHome(grossYear: number, pf: PfConvention, states: readonly StateId[]): TakeHomeResult {
  if (!Number.isFinite(grossYear)) return { ok: false, problem: 'not-a-number' }
  if (grossYear <= 0) return { ok: false, problem: 'not-positive' }
  if (grossYear < GROSS_LIMITS.min) return { ok: false, problem: 'too-small' }
  if (grossYear > GROSS_LIMITS.max) return { ok: false, problem: 'too-large' }
  const gross = Math.round(grossYear)
  const standardDeduction = Math.min(STANDARD_DEDUCTION, gross)
  const tax = incomeTax(roundTo10(gross - standardDeduction))
  const professionalTax = states.map((state) => PROFESSIONAL_TAX[state])
  const grossMonth = Math.round(gross / 12)
  const charge = states
    .map((state) => professionalTaxCharge(state, grossMonth))
    .reduce((most, next) => (next.perYear > most.perYear ? next : most), NO_PROFESSIONAL_TAX)
  const professionalTaxPerYear = charge.perYear
  const employeePfYear = employeePf(gross, pf)
  const inHandYear = gross - tax.total - employeePfYear - professionalTaxPerYear
  return {
    ok: true,
    value: {
      gross,
      standardDeduction,
      tax,
      pf: employeePfYear,
      pfConvention: pf,
      grossMonth,
      professionalTax,
      professionalTaxCharge: charge,
      professionalTaxPerYear,
      inHandYear,
      inHandMonth: Math.round(inHandYear / 12),
    },
  }
}

/**
 * The total incomes where marginal relief applies, [from, to]: from a threshold (the s.156 limit, each surcharge
 * threshold) to where the relief runs out. Worked out from the rules above by bisection, so it follows them.
 */
export function reliefBands(): { from: number; to: number }[] {
  const thresholds = [REBATE_INCOME_LIMIT, ...SURCHARGES.map((band) => band.above)]
  return thresholds.map((from) => {
    let low = from + 1
    let high = from + 5_000_000
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2)
      if (incomeTax(mid).inReliefBand) low = mid
      else high = mid
    }
    return { from, to: low }
  })
}
