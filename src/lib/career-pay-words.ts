// A career's pay in one phrase, for share cards and page descriptions: India and remote are kept apart, as on the
// catalog card, and the source's measure is named.
import type { Career } from '@/content/schema'
import { formatLakhRange } from './format-inr'

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
  const parts: string[] = []
  if (india.length > 0) {
    const where =
      india.length === 1 ? `in ${india[0]?.place ?? ''}` : `across ${india.length} places in India`
    parts.push(`${span(india)} a year ${where}`)
  }
  if (remote.length > 0)
    parts.push(`${span(remote)} ${remote.map((row) => row.place.toLowerCase()).join(', ')}`)
  if (parts.length === 0) return 'The source gives no pay figures.'
  return `${cohort} ${measure}: ${parts.join('; ')}.`
}
