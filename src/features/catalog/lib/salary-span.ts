/** The lowest bottom and highest top across every place in a salary table. */
export function salarySpan(table: { rows: readonly { minLakh: number; maxLakh: number }[] }): {
  minLakh: number
  maxLakh: number
} {
  let minLakh = Infinity
  let maxLakh = -Infinity
  for (const row of table.rows) {
    minLakh = Math.min(minLakh, row.minLakh)
    maxLakh = Math.max(maxLakh, row.maxLakh)
  }
  return { minLakh, maxLakh }
}
