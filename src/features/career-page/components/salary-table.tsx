import type { SalaryTable as SalaryTableData } from '@/content/schema'
import { PLACE_KIND_LABELS } from '@/content/vocabulary'
import { formatLakhRange } from '@/lib/format-inr'

export function SalaryTable({ salaries }: { salaries: SalaryTableData }) {
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
          {salaries.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.place}</th>
              <td>{PLACE_KIND_LABELS[row.placeKind]}</td>
              <td className="numeric">{formatLakhRange(row.minLakh, row.maxLakh)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
