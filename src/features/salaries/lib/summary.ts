// The page's one-line summary, written from the data so it stays true when the figures change.
import type { SalaryTable } from '@/content/schema'
import { fromLakhPerYear } from '@/lib/pay/units'
import { placeGroup, type SalaryRow } from './rows'
import type { PfConvention, SalaryUnit } from './search'
import { formatAmount, formatOffer, formatRange, perUnit } from './units'
import { fill, formatList, messages, plural } from '@/lib/i18n/runtime'

/** The PF assumption in words, for the summary, the table and the working. */
export const pfAssumption = (pf: PfConvention): string => messages().salaries.pf[pf]

/** Place names are the source's: joined as English joins them. */
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/**
 * E.g. "Across 5 places in India, mid-level total cash compensation spans ₹10 L to ₹22 L a year; the highest
 * range is in Bangalore (₹12–22 L). Remote / international reaches ₹45 L."
 */
export function salarySummary(table: SalaryTable, unit: Exclude<SalaryUnit, 'inhand'>): string {
  const amount = (lakh: number) => formatAmount(fromLakhPerYear(lakh, unit), unit)
  const range = (minLakh: number, maxLakh: number) =>
    formatRange(fromLakhPerYear(minLakh, unit), fromLakhPerYear(maxLakh, unit), unit)
  const per = perUnit(unit)
  const t = messages().salaries.summary
  const who = `${table.cohort.toLowerCase()} ${table.measure}`
  const india = table.rows.filter((row) => placeGroup(row) === 'india')
  const remote = table.rows.filter((row) => placeGroup(row) === 'remote')
  const sentences: string[] = []

  if (india.length === 1) {
    const [only] = india as [(typeof india)[number]]
    sentences.push(fill(t.one, { place: only.place, who, range: range(only.minLakh, only.maxLakh), per }))
  } else if (india.length > 1) {
    const bottom = Math.min(...india.map((row) => row.minLakh))
    const top = Math.max(...india.map((row) => row.maxLakh))
    // The highest-paying places: the highest top of range, ties broken by the higher bottom.
    const tied = india.filter((row) => row.maxLakh === top)
    const bestBottom = Math.max(...tied.map((row) => row.minLakh))
    const leaders = tied.filter((row) => row.minLakh === bestBottom)
    sentences.push(
      fill(t.many, {
        count: india.length,
        who,
        bottom: amount(bottom),
        top: amount(top),
        per,
        leaders: list.format(leaders.map((row) => row.place)),
        range: range(bestBottom, top),
      }),
    )
  }

  for (const row of remote) {
    sentences.push(
      india.length > 0
        ? fill(t.remoteReaches, { place: row.place, amount: amount(row.maxLakh) })
        : fill(t.remoteOnly, { place: row.place, who, range: range(row.minLakh, row.maxLakh), per }),
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
  const t = messages().salaries.inHand
  const sentences = [fill(t.intro, { pf: pfAssumption(pf) })]
  if (estimated.length === 0) sentences.push(t.none)
  else if (estimated.length === 1) {
    const [only] = estimated as [SalaryRow]
    sentences.push(fill(t.one, { place: only.place, range: only.label }))
  } else {
    const bottom = Math.min(...estimated.map((row) => row.min))
    const top = Math.max(...estimated.map((row) => row.max))
    const tied = estimated.filter((row) => row.max === top)
    const bestBottom = Math.max(...tied.map((row) => row.min))
    const leaders = tied.filter((row) => row.min === bestBottom)
    sentences.push(
      fill(t.many, {
        count: estimated.length,
        bottom: formatAmount(bottom, 'inhand'),
        top: formatAmount(top, 'inhand'),
        leaders: list.format(leaders.map((row) => row.place)),
        range: formatRange(bestBottom, top, 'inhand'),
      }),
    )
  }
  const without = rows.filter((row) => row.noEstimate !== undefined).map((row) => row.place)
  if (without.length > 0) sentences.push(fill(t.without, { places: list.format(without) }))
  return sentences.join(' ')
}

/** "₹15 L a year", or in hand "₹15 L a year, in hand,": how the offer is named in sentences. */
export function offerLabel(offer: number, unit: SalaryUnit): string {
  const t = messages().salaries.offer
  return unit === 'inhand'
    ? fill(t.inHandLabel, { amount: formatOffer(offer, unit) })
    : fill(t.label, { amount: formatOffer(offer, unit), per: perUnit(unit) })
}

/** One line on the offer across every place, e.g. "₹15 L a year is within the range in 5 places and below it in 1." */
export function offerSummary(rows: readonly SalaryRow[], offer: number, unit: SalaryUnit): string {
  const counts = { within: 0, below: 0, above: 0 }
  for (const row of rows) if (row.verdict) counts[row.verdict.kind] += 1
  const t = messages().salaries.offer
  const parts = (['within', 'below', 'above'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind, i) =>
      i === 0 ? plural(counts[kind], t[`${kind}First`]) : fill(t[`${kind}Next`], { count: counts[kind] }),
    )
  if (parts.length === 0) return fill(t.noEstimate, { offer: offerLabel(offer, unit) })
  // The parts are this language's words, joined the way it joins a list.
  return fill(t.is, { offer: offerLabel(offer, unit), parts: formatList(parts) })
}
