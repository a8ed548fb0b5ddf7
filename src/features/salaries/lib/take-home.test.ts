import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  employeePf,
  incomeTax,
  professionalTaxCharge,
  PF_CONVENTIONS,
  reliefBands,
  takeHome,
  type PfConvention,
  type StateId,
  type TakeHome,
} from './take-home'

function estimate(gross: number, pf: PfConvention = 'min', states: StateId[] = ['karnataka']): TakeHome {
  const result = takeHome(gross, pf, states)
  if (!result.ok) throw new Error(`no estimate for ${gross}: ${result.problem}`)
  return result.value
}

describe('income tax, the fact sheet’s test vectors', () => {
  it('total income ₹12,10,000: slab tax ₹61,500, marginal relief to ₹10,000, ₹10,400 with cess', () => {
    const tax = incomeTax(1_210_000)
    expect(tax.slabTax).toBe(61_500)
    expect(tax.relief).toEqual({ kind: 'marginal-rebate', amount: 51_500 })
    expect(tax.taxAfterRelief).toBe(10_000)
    expect(tax.total).toBe(10_400)
  })

  it('total income ₹12,50,000: ₹50,000 before cess', () => {
    expect(incomeTax(1_250_000).taxAfterRelief).toBe(50_000)
  })

  it.each([
    [800_000, 20_000],
    [900_000, 30_000],
    [1_000_000, 40_000],
    [1_100_000, 50_000],
    [1_200_000, 60_000],
  ])('total income %i: slab tax %i, rebated to nothing', (totalIncome, slab) => {
    const tax = incomeTax(totalIncome)
    expect(tax.slabTax).toBe(slab)
    expect(tax.relief).toEqual({ kind: 'rebate', amount: slab })
    expect(tax.total).toBe(0)
  })

  it.each([
    [1_300_000, 26_000],
    [1_285_000, 10_400],
    [1_500_000, 97_500],
    [1_800_000, 150_800],
    [2_000_000, 192_400],
    [5_200_000, 1_253_200],
  ])('salary %i pays %i in income tax with cess', (salary, tax) => {
    expect(estimate(salary).tax.total).toBe(tax)
  })

  it('salary ₹52 L: the surcharge is cut by marginal relief at ₹50 L', () => {
    const tax = estimate(5_200_000).tax
    expect(tax.surchargeRate).toBe(0.1)
    expect(tax.surchargeRelief).toBeGreaterThan(0)
    expect(tax.inReliefBand).toBe(true)
  })
})

describe('the rebate edge and marginal relief', () => {
  it('salary ₹12,75,000 pays nothing; ₹12,75,010 pays a few rupees, not a cliff', () => {
    expect(estimate(1_275_000).tax.total).toBe(0)
    const above = estimate(1_275_010).tax.total
    expect(above).toBeGreaterThan(0)
    expect(above).toBeLessThanOrEqual(20)
  })

  it('marginal relief ends at total income ₹12,70,588', () => {
    expect(incomeTax(1_270_588).relief.kind).toBe('marginal-rebate')
    expect(incomeTax(1_270_589).relief.kind).toBe('none')
    expect(reliefBands()[0]).toEqual({ from: 1_200_000, to: 1_270_588 })
  })

  it('finds a relief band above each surcharge threshold', () => {
    const [, fifty, crore, twoCrore] = reliefBands()
    expect(fifty?.from).toBe(5_000_000)
    expect(crore?.from).toBe(10_000_000)
    expect(twoCrore?.from).toBe(20_000_000)
    for (const band of [fifty, crore, twoCrore]) expect(band && band.to > band.from).toBe(true)
  })
})

describe('employee PF', () => {
  it.each([
    // ₹1,800 a month whatever the pay, but never more than 12% of pay.
    ['min', 1_500_000, 21_600],
    ['min', 150_000, 18_000],
    // 12% of a basic of 40% or 50% of pay.
    ['basic40', 1_500_000, 72_000],
    ['basic50', 1_500_000, 90_000],
    ['basic40', 2_000_000, 96_000],
    ['basic50', 2_000_000, 120_000],
  ] as const)('%s at %i is %i a year', (pf, gross, expected) => {
    expect(employeePf(gross, pf)).toBe(expected)
  })

  it('comes off in hand in full', () => {
    const min = estimate(1_500_000, 'min')
    const basic50 = estimate(1_500_000, 'basic50')
    expect(min.inHandYear - basic50.inHandYear).toBe(90_000 - 21_600)
  })
})

describe('professional tax by state', () => {
  it.each([
    ['karnataka', 2_500],
    ['telangana', 2_400],
    ['maharashtra', 2_500],
    ['haryana', 0],
    ['uttar-pradesh', 0],
    ['delhi', 0],
  ] as const)('%s: %i a year', (state, perYear) => {
    const result = estimate(1_500_000, 'min', [state])
    expect(result.professionalTaxPerYear).toBe(perYear)
    expect(result.inHandYear).toBe(1_500_000 - 97_500 - 21_600 - perYear)
  })
})

describe('professional tax below the thresholds: each state’s monthly slab, by gross salary a month', () => {
  // The fact sheet: Karnataka nil below ₹25,000 a month; Telangana nil up to ₹15,000, ₹150 to ₹20,000, ₹200 above;
  // Maharashtra nil up to ₹7,500, ₹175 to ₹10,000, ₹200 above (₹300 in February in Karnataka and Maharashtra).
  it.each([
    ['karnataka', 8_333, 0, 0],
    ['karnataka', 24_999, 0, 0],
    ['karnataka', 25_000, 200, 2_500],
    ['telangana', 15_000, 0, 0],
    ['telangana', 15_001, 150, 1_800],
    ['telangana', 20_000, 150, 1_800],
    ['telangana', 20_001, 200, 2_400],
    ['maharashtra', 7_500, 0, 0],
    ['maharashtra', 7_501, 175, 2_100],
    ['maharashtra', 10_000, 175, 2_100],
    ['maharashtra', 10_001, 200, 2_500],
    ['haryana', 50_000, 0, 0],
    ['uttar-pradesh', 50_000, 0, 0],
    ['delhi', 50_000, 0, 0],
  ] as const)('%s at ₹%i a month: ₹%i a month, ₹%i a year', (state, monthly, perMonth, perYear) => {
    const charge = professionalTaxCharge(state, monthly)
    expect(charge.perMonth).toBe(perMonth)
    expect(charge.perYear).toBe(perYear)
  })

  it('₹1 L a year in Bangalore (₹8,333 a month) owes no professional tax, and PF is 12% of pay', () => {
    const result = estimate(100_000)
    expect(result.professionalTaxPerYear).toBe(0)
    expect(result.pf).toBe(12_000)
    expect(result.inHandYear).toBe(100_000 - 12_000)
  })

  it.each([
    ['telangana', 200_000, 1_800],
    ['telangana', 180_000, 0],
    ['maharashtra', 110_000, 2_100],
    ['maharashtra', 130_000, 2_500],
    ['karnataka', 299_988, 0],
    ['karnataka', 300_000, 2_500],
  ] as const)('%s at ₹%i a year: ₹%i a year in professional tax', (state, gross, perYear) => {
    expect(estimate(gross, 'min', [state]).professionalTaxPerYear).toBe(perYear)
  })
})

describe('in hand', () => {
  it('₹15 L in Bangalore with PF at ₹1,800 a month: ₹13,78,400 a year, ₹1,14,867 a month', () => {
    const result = estimate(1_500_000)
    expect(result.inHandYear).toBe(1_378_400)
    expect(result.inHandMonth).toBe(114_867)
  })

  // Each is gross − income tax − PF − ₹2,500 Karnataka professional tax, ÷ 12 for the month.
  it.each([
    [12, 'min', 1_175_900, 97_992],
    [12, 'basic40', 1_139_900, 94_992],
    [12, 'basic50', 1_125_500, 93_792],
    [15, 'min', 1_378_400, 114_867],
    [15, 'basic40', 1_328_000, 110_667],
    [15, 'basic50', 1_310_000, 109_167],
    [20, 'min', 1_783_500, 148_625],
    [20, 'basic40', 1_709_100, 142_425],
    [20, 'basic50', 1_685_100, 140_425],
  ] as const)('₹%i L in Bangalore, PF %s: %i a year, %i a month', (lakh, pf, year, month) => {
    const result = estimate(lakh * 100_000, pf)
    expect(result.inHandYear).toBe(year)
    expect(result.inHandMonth).toBe(month)
  })

  it.each([
    [0, 'not-positive'],
    [-1_500_000, 'not-positive'],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-a-number'],
    [50_000, 'too-small'],
    [60_000_000, 'too-large'],
  ])('refuses a pay of %d (%s)', (gross, problem) => {
    expect(takeHome(gross, 'min', ['karnataka'])).toEqual({ ok: false, problem })
  })
})

describe('properties', () => {
  const pay = fc.integer({ min: 100_000, max: 20_000_000 })
  const pf = fc.constantFrom(...PF_CONVENTIONS)
  const state = fc.constantFrom<StateId>('karnataka', 'telangana', 'maharashtra', 'haryana', 'delhi')
  // Income and tax are each rounded to the nearest ₹10, so a raise of a few rupees can move in hand by ₹10.
  const ROUNDING = 10

  it('in hand never exceeds gross pay', () => {
    fc.assert(
      fc.property(pay, pf, state, (gross, convention, where) => {
        const result = estimate(gross, convention, [where])
        expect(result.inHandYear).toBeLessThanOrEqual(gross)
        expect(result.inHandYear).toBeGreaterThan(0)
      }),
    )
  })

  it('a raise never lowers what is left after tax by more than 4% of the raise', () => {
    fc.assert(
      fc.property(pay, pay, pf, state, (a, b, convention, where) => {
        fc.pre(a !== b)
        const [low, high] = a < b ? [a, b] : [b, a]
        // PF grows with pay under the percent-of-basic conventions: it is the reader's own saving, so the bound
        // is on pay after tax; with the fixed ₹1,800 it is in hand itself.
        const afterTax = (gross: number) => {
          const r = estimate(gross, convention, [where])
          return r.inHandYear + (convention === 'min' ? 0 : r.pf)
        }
        expect(afterTax(low) - afterTax(high)).toBeLessThanOrEqual(0.04 * (high - low) + ROUNDING)
      }),
    )
  })

  it('in hand falls as pay rises only across a marginal-relief band', () => {
    const bands = reliefBands()
    const totalIncome = (gross: number) => gross - 75_000
    fc.assert(
      fc.property(pay, pay, state, (a, b, where) => {
        fc.pre(a !== b)
        const [low, high] = a < b ? [a, b] : [b, a]
        const fell =
          estimate(high, 'min', [where]).inHandYear < estimate(low, 'min', [where]).inHandYear - ROUNDING
        const touchesBand = bands.some((band) => totalIncome(low) <= band.to && totalIncome(high) > band.from)
        if (fell) expect(touchesBand).toBe(true)
      }),
    )
  })

  it('in hand falls within a relief band', () => {
    // The band's claim holds: ₹12.9 L leaves less than ₹12.75 L does.
    expect(estimate(1_290_000).inHandYear).toBeLessThan(estimate(1_275_000).inHandYear)
  })
})
