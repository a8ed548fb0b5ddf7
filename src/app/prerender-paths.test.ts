import { describe, expect, it } from 'vitest'
import { allCareers } from '@/content/all-careers'
import { prerenderPaths } from './prerender-paths'

describe('prerenderPaths', () => {
  it('lists the catalog, the reading list and every registered career’s page, salaries and day', () => {
    const paths = prerenderPaths(allCareers)
    expect(paths).toEqual([
      '/',
      '/reading-list',
      '/careers/python-developer',
      '/careers/python-developer/salaries',
      '/careers/python-developer/day',
    ])
  })

  it('adds three pages for each career added to the registry', () => {
    const paths = prerenderPaths([...allCareers, { id: 'data-analyst' }])
    expect(paths).toHaveLength(2 + 3 * 2)
    expect(paths).toContain('/careers/data-analyst/salaries')
  })
})
