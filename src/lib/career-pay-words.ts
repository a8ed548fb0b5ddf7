// A career's pay in one phrase, for share cards and page descriptions: India and remote are kept apart, as on the
// catalog card, and the source's measure is named.
import type { Career } from '@/content/schema'
import { formatLakhRange } from './format-inr'
import { fill, messages } from '@/lib/i18n/runtime'

function span(rows: Career['salaries']['rows']): string {
  const min = Math.min(...rows.map((row) => row.minLakh))
  const max = Math.max(...rows.map((row) => row.maxLakh))
  return formatLakhRange(min, max)
}

/** "Mid-level total cash compensation: ₹10–22 L a year across 5 places in India; ₹20–45 L remote / international." */
export function careerPayInWords(career: Pick<Career, 'salaries'>): string {
  const { cohort, measure, rows } = career.salaries
  const india = rows.filter((row) => row.placeKind !== 'remote')
  const remote = rows.filter((row) => row.placeKind === 'remote')
  const t = messages().salaries.words
  const parts: string[] = []
  if (india.length > 0)
    parts.push(
      india.length === 1
        ? fill(t.indiaOne, { range: span(india), place: india[0]?.place ?? '' })
        : fill(t.indiaMany, { range: span(india), count: india.length }),
    )
  if (remote.length > 0)
    parts.push(
      fill(t.remote, {
        range: span(remote),
        places: remote.map((row) => row.place.toLowerCase()).join(', '),
      }),
    )
  if (parts.length === 0) return t.noPay
  return fill(t.all, { cohort, measure, parts: parts.join(t.separator) })
}
