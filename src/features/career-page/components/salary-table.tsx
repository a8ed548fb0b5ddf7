import { Highlight } from '@/components/search/highlight'
import type { SalaryTable as SalaryTableData } from '@/content/schema'
import { vocabularyLabels } from '@/content/vocabulary'
import { formatLakhRange } from '@/lib/format-inr'
import { SHOW_ALL, type ListView } from './list-view'

export function SalaryTable({ salaries, view = SHOW_ALL }: { salaries: SalaryTableData; view?: ListView }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          {salaries.cohort} {salaries.measure} per year, by place (₹ lakh)
        </caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Kind</th>
            <th scope="col">Range per year</th>
          </tr>
        </thead>
        <tbody>
          {salaries.rows
            .filter((row) => view.isVisible(row.id))
            .map((row) => (
              <tr key={row.id} id={`salaries-${row.id}`}>
                <th scope="row">
                  <Highlight text={row.place} tokens={view.tokens} />
                </th>
                <td>{vocabularyLabels().placeKinds[row.placeKind]}</td>
                <td className="numeric">{formatLakhRange(row.minLakh, row.maxLakh)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  )
}
