import type { SalaryTable } from '@/content/schema'

/** The lowest bottom and highest top across every place in a salary table. */
export function salarySpan(table: SalaryTable): { minLakh: number; maxLakh: number } {
  let minLakh = Infinity
  let maxLakh = -Infinity
  for (const row of table.rows) {
    minLakh = Math.min(minLakh, row.minLakh)
    maxLakh = Math.max(maxLakh, row.maxLakh)
  }
  return { minLakh, maxLakh }
}
