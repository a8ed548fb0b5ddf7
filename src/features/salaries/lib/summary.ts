// The page's one-line summary, written from the data so it stays true when the figures change.
import type { SalaryTable } from '@/content/schema'
import { placeGroup, type SalaryRow } from './rows'
import type { SalaryUnit } from './search'
import { formatAmount, formatRange, fromLakhPerYear, PER_UNIT } from './units'

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/**
 * E.g. "Across 5 places in India, mid-level total cash compensation spans ₹10 L to ₹22 L a year; the highest
 * range is in Bangalore (₹12–22 L). Remote / international reaches ₹45 L."
 */
export function salarySummary(table: SalaryTable, unit: SalaryUnit): string {
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
  return `${formatAmount(offer, unit)} ${PER_UNIT[unit]} is ${list.format(parts)}.`
}
