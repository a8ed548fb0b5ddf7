// The page's one-line summary, written from the data so it stays true when the figures change.
import type { SalaryTable } from '@/content/schema'
import { fromLakhPerYear } from '@/lib/pay/units'
import { placeGroup, type SalaryRow } from './rows'
import type { PfConvention, SalaryUnit } from './search'
import { formatAmount, formatOffer, formatRange, PER_UNIT } from './units'

/** The PF assumption in words, for the summary, the table and the working. */
export const PF_ASSUMPTION: Record<PfConvention, string> = {
  min: 'PF counted as ₹1,800 a month',
  basic40: 'PF counted as 12% of basic, with basic at 40% of pay',
  basic50: 'PF counted as 12% of basic, with basic at 50% of pay',
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/**
 * E.g. "Across 5 places in India, mid-level total cash compensation spans ₹10 L to ₹22 L a year; the highest
 * range is in Bangalore (₹12–22 L). Remote / international reaches ₹45 L."
 */
export function salarySummary(table: SalaryTable, unit: Exclude<SalaryUnit, 'inhand'>): string {
  const amount = (lakh: number) => formatAmount(fromLakhPerYear(lakh, unit), unit)
  const range = (minLakh: number, maxLakh: number) =>
    formatRange(fromLakhPerYear(minLakh, unit), fromLakhPerYear(maxLakh, unit), unit)
  const per = PER_UNIT[unit]
  const who = `${table.cohort.toLowerCase()} ${table.measure}`
  const india = table.rows.filter((row) => placeGroup(row) === 'india')
  const remote = table.rows.filter((row) => placeGroup(row) === 'remote')
  const sentences: string[] = []

  if (india.length === 1) {
    const [only] = india as [(typeof india)[number]]
    sentences.push(`In ${only.place}, ${who} is ${range(only.minLakh, only.maxLakh)} ${per}.`)
  } else if (india.length > 1) {
    const bottom = Math.min(...india.map((row) => row.minLakh))
    const top = Math.max(...india.map((row) => row.maxLakh))
    // The highest-paying places: the highest top of range, ties broken by the higher bottom.
    const tied = india.filter((row) => row.maxLakh === top)
    const bestBottom = Math.max(...tied.map((row) => row.minLakh))
    const leaders = tied.filter((row) => row.minLakh === bestBottom)
    sentences.push(
      `Across ${india.length} places in India, ${who} spans ${amount(bottom)} to ${amount(top)} ${per}; ` +
        `the highest range is in ${list.format(leaders.map((row) => row.place))} (${range(bestBottom, top)}).`,
    )
  }

  for (const row of remote) {
    sentences.push(
      india.length > 0
        ? `${row.place} reaches ${amount(row.maxLakh)}.`
        : `${row.place}: ${who} is ${range(row.minLakh, row.maxLakh)} ${per}.`,
    )
  }
  return sentences.join(' ')
}

/**
 * The summary in hand, from the rows already estimated: "Estimated in hand a month, after income tax, PF and
 * professional tax (PF counted as ₹1,800 a month): across 5 places in India, ₹85,000 to ₹1,60,000; …".
 */
export function inHandSummary(rows: readonly SalaryRow[], pf: PfConvention): string {
  const estimated = rows.filter((row) => row.noEstimate === undefined && row.group === 'india')
  const sentences = [
    `Estimated in hand a month, after income tax, PF and professional tax (${PF_ASSUMPTION[pf]}, tax year 2026-27):`,
  ]
  if (estimated.length === 0) sentences.push('no place here has an estimate.')
  else if (estimated.length === 1) {
    const [only] = estimated as [SalaryRow]
    sentences.push(`in ${only.place}, ${only.label}.`)
  } else {
    const bottom = Math.min(...estimated.map((row) => row.min))
    const top = Math.max(...estimated.map((row) => row.max))
    const tied = estimated.filter((row) => row.max === top)
    const bestBottom = Math.max(...tied.map((row) => row.min))
    const leaders = tied.filter((row) => row.min === bestBottom)
    sentences.push(
      `across ${estimated.length} places in India, ${formatAmount(bottom, 'inhand')} to ${formatAmount(top, 'inhand')}; ` +
        `the highest range is in ${list.format(leaders.map((row) => row.place))} (${formatRange(bestBottom, top, 'inhand')}).`,
    )
  }
  const without = rows.filter((row) => row.noEstimate !== undefined).map((row) => row.place)
  if (without.length > 0) sentences.push(`No estimate for ${list.format(without)}: the table says why.`)
  return sentences.join(' ')
}

/** "₹15 L a year", or in hand "₹15 L a year, in hand,": how the offer is named in sentences. */
export function offerLabel(offer: number, unit: SalaryUnit): string {
  return unit === 'inhand'
    ? `${formatOffer(offer, unit)} a year, in hand,`
    : `${formatOffer(offer, unit)} ${PER_UNIT[unit]}`
}

/** One line on the offer across every place, e.g. "₹15 L a year is within the range in 5 places and below it in 1." */
export function offerSummary(rows: readonly SalaryRow[], offer: number, unit: SalaryUnit): string {
  const counts = { within: 0, below: 0, above: 0 }
  for (const row of rows) if (row.verdict) counts[row.verdict.kind] += 1
  const parts = (['within', 'below', 'above'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind, i) => {
      const n = counts[kind]
      return `${kind} ${i === 0 ? 'the range' : 'it'} in ${n} ${i === 0 ? (n === 1 ? 'place' : 'places') : ''}`.trim()
    })
  if (parts.length === 0) return `${offerLabel(offer, unit)} has no estimate to compare with.`
  return `${offerLabel(offer, unit)} is ${list.format(parts)}.`
}
