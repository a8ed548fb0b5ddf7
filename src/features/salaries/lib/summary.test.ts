import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import type { CitySalary, SalaryTable } from '@/content/schema'
import { salaryRows } from './rows'
import { offerSummary, salarySummary } from './summary'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')
const table = (rows: CitySalary[]): SalaryTable => ({ ...pythonDeveloper.salaries, rows })
const place = (
  id: string,
  minLakh: number,
  maxLakh: number,
  placeKind: CitySalary['placeKind'] = 'city',
) => ({
  id,
  place: id.charAt(0).toUpperCase() + id.slice(1),
  placeKind,
  minLakh,
  maxLakh,
})

describe('salarySummary', () => {
  it('sums up the span across Indian places, the highest-paying one, and what remote reaches', () => {
    expect(plain(salarySummary(pythonDeveloper.salaries, 'year'))).toBe(
      'Across 5 places in India, mid-level total cash compensation spans ₹10 L to ₹22 L a year; the highest range is in Bangalore (₹12–22 L). ' +
        'Remote / international reaches ₹45 L.',
    )
  })

  it('speaks in the chosen unit', () => {
    expect(salarySummary(pythonDeveloper.salaries, 'month')).toBe(
      'Across 5 places in India, mid-level total cash compensation spans ₹83,333 to ₹1,83,333 a month; the highest range is in Bangalore ' +
        '(₹1,00,000–₹1,83,333). Remote / international reaches ₹3,75,000.',
    )
  })

  it('follows the data: change a figure and the sentence changes', () => {
    const raised = table(
      pythonDeveloper.salaries.rows.map((row) =>
        row.id === 'pune' ? { ...row, minLakh: 9, maxLakh: 30 } : row,
      ),
    )
    expect(plain(salarySummary(raised, 'year'))).toMatch(
      /spans ₹9 L to ₹30 L a year; the highest range is in Pune \(₹9–30 L\)/,
    )
  })

  it('names every place that shares the highest range', () => {
    const tied = table([place('alpha', 10, 20), place('beta', 10, 20), place('gamma', 8, 20)])
    expect(plain(salarySummary(tied, 'year'))).toBe(
      'Across 3 places in India, mid-level total cash compensation spans ₹8 L to ₹20 L a year; the highest range is in Alpha and Beta (₹10–20 L).',
    )
  })

  it('reads well with one place, or with only remote work', () => {
    expect(plain(salarySummary(table([place('pune', 10, 17)]), 'year'))).toBe(
      'In Pune, mid-level total cash compensation is ₹10–17 L a year.',
    )
    expect(plain(salarySummary(table([place('remote', 20, 45, 'remote')]), 'year'))).toBe(
      'Remote: mid-level total cash compensation is ₹20–45 L a year.',
    )
  })
})

describe('offerSummary', () => {
  it('counts where the offer sits across places', () => {
    const rows = salaryRows(pythonDeveloper.salaries, { sort: 'page', unit: 'year', offer: 15 })
    expect(plain(offerSummary(rows, 15, 'year'))).toBe(
      '₹15 L a year is within the range in 5 places and below it in 1.',
    )
  })

  it('handles every place on one side', () => {
    const rows = salaryRows(pythonDeveloper.salaries, { sort: 'page', unit: 'month', offer: 5_000_000 })
    expect(offerSummary(rows, 5_000_000, 'month')).toBe('₹50,00,000 a month is above the range in 6 places.')
  })
})
