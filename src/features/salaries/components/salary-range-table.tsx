import { contentLang } from '@/components/in-english'
import { formatRupees } from '@/lib/format-inr'
import { describeVerdict } from '../lib/verdict'
import type { SalaryRow } from '../lib/rows'
import type { SalaryUnit } from '../lib/search'
import { currentLocale, fill, messages } from '@/lib/i18n/runtime'

export interface SalaryRangeTableProps {
  rows: SalaryRow[]
  unit: SalaryUnit
  caption: string
  /** "₹15 L a year" when an offer is set: adds the verdict column (in hand: the offer's in-hand pay there too). */
  offerLabel?: string | undefined
}

/**
 * The chart's figures as a table, always on the page: the chart's accessible alternative. Remote / international
 * is set apart by a dashed rule, as on the chart.
 */
export function SalaryRangeTable({ rows, unit, caption, offerLabel }: SalaryRangeTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table salary-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{messages().salaries.place}</th>
            <th scope="col">{messages().salaries.rangeHeading[unit]}</th>
            {offerLabel && (
              <th scope="col">{fill(messages().salaries.offerColumn, { offer: offerLabel })}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.group === 'remote' ? 'salary-table__remote' : undefined}>
              <th scope="row" lang={contentLang()}>
                {row.place}
              </th>
              {/* A long monthly range may break after its dash on a narrow screen, and nowhere else. */}
              {row.noEstimate ? (
                // The reason takes the offer's column too: there is no verdict without an estimate.
                <td className="salary-table__no-estimate" colSpan={offerLabel ? 2 : 1}>
                  {row.noEstimate}
                </td>
              ) : (
                <>
                  <td className="salary-table__range">
                    <BreakAfterDash text={row.label} />
                  </td>
                  {offerLabel && <td>{verdictCell(row, unit)}</td>}
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function verdictCell(row: SalaryRow, unit: SalaryUnit): string {
  if (!row.verdict) return '—'
  const verdict = describeVerdict(row.verdict, unit)
  return row.offerInHand === undefined
    ? verdict
    : fill(messages().salaries.verdict.inHand, {
        amount: formatRupees(row.offerInHand),
        verdict: currentLocale() === 'en' ? verdict.toLowerCase() : verdict,
      })
}

/** Long monthly ranges ("₹1,00,000–₹1,83,333") may wrap after the dash; short yearly ones ("₹12–22 L") never do. */
function BreakAfterDash({ text }: { text: string }) {
  const [from, to] = text.split('–')
  if (to === undefined || !to.startsWith('₹')) return <span className="nowrap">{text}</span>
  return (
    <>
      {from}–<wbr />
      {to}
    </>
  )
}
