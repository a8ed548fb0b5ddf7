import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { generateCareers } from '@/testing/career-fixtures'
import { catalogPlaces, filterCatalog, type CatalogFilters } from './filter-catalog'

const careers = generateCareers(200)

describe('filterCatalog', () => {
  it('finds careers by every word of the name, ignoring case', () => {
    const found = filterCatalog(careers, { q: 'cloud ARCHITECT' })
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((c) => /Cloud Architect/.test(c.title))).toBe(true)
    expect(filterCatalog([pythonDeveloper], { q: 'python' })).toHaveLength(1)
    expect(filterCatalog([pythonDeveloper], { q: 'java' })).toHaveLength(0)
  })

  it('keeps careers whose range in the chosen place reaches the minimum pay', () => {
    const found = filterCatalog(careers, { place: 'pune', minPay: 15 })
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThan(200)
    for (const career of careers) {
      const pune = career.salaries.rows.find((r) => r.id === 'pune')
      expect(found.includes(career)).toBe(pune !== undefined && pune.maxLakh >= 15)
    }
  })

  it('pays at least ₹15 L in Pune: Python Developer (Pune ₹10–17 L) yes, ₹18 L no', () => {
    expect(filterCatalog([pythonDeveloper], { place: 'pune', minPay: 15 })).toHaveLength(1)
    expect(filterCatalog([pythonDeveloper], { place: 'pune', minPay: 18 })).toHaveLength(0)
    expect(filterCatalog([pythonDeveloper], { minPay: 40 })).toHaveLength(1) // remote reaches ₹45 L
  })

  it('drops careers without a salary for the chosen place', () => {
    const chennai = filterCatalog(careers, { place: 'chennai' })
    expect(chennai).toHaveLength(
      careers.filter((c) => c.salaries.rows.some((r) => r.id === 'chennai')).length,
    )
    expect(filterCatalog([pythonDeveloper], { place: 'chennai' })).toHaveLength(0)
  })

  it('never adds results when a filter is tightened', () => {
    fc.assert(
      fc.property(
        fc.record<CatalogFilters>(
          {
            q: fc.constantFrom('', 'data', 'engineer', 'ml 1'),
            place: fc.constantFrom('bangalore', 'pune', 'chennai'),
            minPay: fc.integer({ min: 1, max: 40 }),
          },
          { requiredKeys: [] },
        ),
        fc.integer({ min: 1, max: 10 }),
        (filters, more) => {
          const before = filterCatalog(careers, filters)
          const after = filterCatalog(careers, { ...filters, minPay: (filters.minPay ?? 0) + more })
          expect(after.every((c) => before.includes(c))).toBe(true)
        },
      ),
    )
  })
})

describe('catalogPlaces', () => {
  it('lists each place once, in first-seen order', () => {
    expect(catalogPlaces([pythonDeveloper, ...careers]).map((p) => p.id)).toEqual([
      'bangalore',
      'hyderabad',
      'pune',
      'ncr',
      'mumbai',
      'remote-international',
      'chennai',
    ])
  })
})
