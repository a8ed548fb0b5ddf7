import { describe, expect, it } from 'vitest'
import type { SalaryTable } from '@/content/schema'
import { salarySpan } from './salary-span'

const table = (rows: [number, number][]): SalaryTable => ({
  cohort: 'Mid-level',
  measure: 'total cash comp',
  unit: 'lakh INR per year',
  rows: rows.map(([minLakh, maxLakh], i) => ({
    id: `place-${i}`,
    place: `Place ${i}`,
    placeKind: 'city',
    minLakh,
    maxLakh,
  })),
})

describe('salarySpan', () => {
  it('takes the lowest bottom and the highest top, even from different places', () => {
    expect(
      salarySpan(
        table([
          [12, 22],
          [10, 17],
          [20, 45],
        ]),
      ),
    ).toEqual({ minLakh: 10, maxLakh: 45 })
  })

  it('is the row itself when there is one place', () => {
    expect(salarySpan(table([[11, 19]]))).toEqual({ minLakh: 11, maxLakh: 19 })
  })
})
