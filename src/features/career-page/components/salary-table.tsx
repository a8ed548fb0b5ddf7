import { Highlight } from '@/components/search/highlight'
import type { SalaryTable as SalaryTableData } from '@/content/schema'
import { vocabularyLabels } from '@/content/vocabulary'
import { formatLakhRange } from '@/lib/format-inr'
import { SHOW_ALL, type ListView } from './list-view'
import { messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'
import { InEnglish } from '@/components/in-english'

export function SalaryTable({ salaries, view = SHOW_ALL }: { salaries: SalaryTableData; view?: ListView }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          {fillNodes(messages().career.salaryCaption, {
            cohort: <InEnglish>{salaries.cohort}</InEnglish>,
            measure: <InEnglish>{salaries.measure}</InEnglish>,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{messages().career.place}</th>
            <th scope="col">{messages().career.kind}</th>
            <th scope="col">{messages().career.rangePerYear}</th>
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
