import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import type { CitySalary, SalaryTable } from '@/content/schema'
import { salaryRows, sortSalaryRows, type SalaryRow } from './rows'

const places = (rows: readonly { place: string }[]) => rows.map((row) => row.place)
const plain = (s: string) => s.replace(/\u00a0/g, ' ')

const row = (id: string, minLakh: number, maxLakh: number, placeKind: CitySalary['placeKind'] = 'city') =>
  ({ id, place: id, placeKind, minLakh, maxLakh }) satisfies CitySalary

describe('sortSalaryRows', () => {
  const rows = pythonDeveloper.salaries.rows

  it('keeps the source page order by default', () => {
    expect(places(sortSalaryRows(rows, 'page'))).toEqual([
      'Bangalore',
      'Hyderabad',
      'Pune',
      'NCR (Gurugram + Noida)',
      'Mumbai',
      'Remote / international',
    ])
  })

  it('sorts by the top of the range, highest first, ties in page order', () => {
    expect(places(sortSalaryRows(rows, 'top'))).toEqual([
      'Bangalore',
      'Hyderabad',
      'NCR (Gurugram + Noida)',
      'Mumbai',
      'Pune',
      'Remote / international',
    ])
  })

  it('sorts by the bottom of the range', () => {
    expect(places(sortSalaryRows([row('a', 10, 30), row('b', 12, 14), row('c', 11, 40)], 'bottom'))).toEqual([
      'b',
      'c',
      'a',
    ])
  })

  it('sorts by the midpoint', () => {
    expect(places(sortSalaryRows([row('a', 10, 30), row('b', 12, 14), row('c', 11, 40)], 'mid'))).toEqual([
      'c',
      'a',
      'b',
    ])
  })

  it('keeps remote / international apart, after the Indian places, whatever the sort', () => {
    for (const sort of ['page', 'top', 'bottom', 'mid'] as const) {
      const sorted = sortSalaryRows([row('remote', 20, 45, 'remote'), row('pune', 10, 17)], sort)
      expect(places(sorted), sort).toEqual(['pune', 'remote'])
    }
  })

  it('does not change the rows it is given', () => {
    const input = [row('a', 1, 2), row('b', 3, 4)]
    sortSalaryRows(input, 'top')
    expect(places(input)).toEqual(['a', 'b'])
  })
})

describe('salaryRows', () => {
  it('gives each place a [min, max] bar, a formatted label and its group', () => {
    const [bangalore] = salaryRows(pythonDeveloper.salaries, { sort: 'page', unit: 'year' })
    expect(bangalore).toMatchObject({ id: 'bangalore', range: [12, 22], group: 'india', verdict: null })
    expect(plain(bangalore!.label)).toBe('₹12–22 L')
    const remote = salaryRows(pythonDeveloper.salaries, { sort: 'page', unit: 'year' }).at(-1)
    expect(remote).toMatchObject({ group: 'remote', placeKind: 'remote' })
  })

  it('converts to gross rupees a month', () => {
    const [bangalore] = salaryRows(pythonDeveloper.salaries, { sort: 'page', unit: 'month' })
    expect(bangalore).toMatchObject({ min: 100_000, max: 183_333, range: [100_000, 183_333], minLakh: 12 })
    expect(bangalore!.label).toBe('₹1,00,000–₹1,83,333')
  })

  it('gives every place a verdict for an offer: 15 L is within for Bangalore and Pune, below for remote', () => {
    const rows = salaryRows(pythonDeveloper.salaries, { sort: 'page', unit: 'year', offer: 15 })
    const verdict = (id: string) => rows.find((r) => r.id === id)!.verdict
    expect(verdict('bangalore')).toEqual({ kind: 'within', percent: 30 })
    expect(verdict('pune')).toEqual({ kind: 'within', percent: 71 })
    expect(verdict('remote-international')).toEqual({ kind: 'below', gap: 5 })
  })

  it('compares a monthly offer with the monthly figures as shown', () => {
    const rows = salaryRows(pythonDeveloper.salaries, { sort: 'page', unit: 'month', offer: 183_333 })
    expect(rows[0]!.verdict).toEqual({ kind: 'within', percent: 100 })
  })

  it('works for a table with a single place whose range is one figure', () => {
    const table: SalaryTable = { ...pythonDeveloper.salaries, rows: [row('only', 15, 15)] }
    expect(salaryRows(table, { sort: 'top', unit: 'year', offer: 15 })[0]!.verdict).toEqual({
      kind: 'within',
      percent: null,
    })
  })
})

describe('salaryRows in hand: sorted by the in-hand figures shown', () => {
  const inHand = (sort: 'top' | 'bottom' | 'mid') =>
    salaryRows(pythonDeveloper.salaries, { sort, unit: 'inhand' }).filter((r) => r.noEstimate === undefined)
  const key = {
    top: (r: SalaryRow) => r.max,
    bottom: (r: SalaryRow) => r.min,
    mid: (r: SalaryRow) => r.min + r.max,
  }

  it('bottom of range: Hyderabad (less in hand, ₹2,400 of professional tax) comes after NCR (none)', () => {
    const rows = inHand('bottom')
    const at = (id: string) => rows.findIndex((r) => r.id === id)
    expect(rows.find((r) => r.id === 'hyderabad')!.min).toBeLessThan(rows.find((r) => r.id === 'ncr')!.min)
    expect(at('ncr')).toBeLessThan(at('hyderabad'))
  })

  it.each(['top', 'bottom', 'mid'] as const)(
    '%s: each in-hand figure is at most the one above it',
    (sort) => {
      const shown = inHand(sort).map(key[sort])
      expect(shown).toEqual([...shown].sort((a, b) => b - a))
    },
  )

  it('keeps places without an estimate after the estimated ones, remote last', () => {
    const table: SalaryTable = {
      ...pythonDeveloper.salaries,
      rows: [row('Chennai', 30, 40), row('Pune', 10, 17), row('remote', 20, 45, 'remote')],
    }
    expect(places(salaryRows(table, { sort: 'top', unit: 'inhand' }))).toEqual(['Pune', 'Chennai', 'remote'])
  })
})
