import { describe, expect, it } from 'vitest'
import { allCareers } from '@/content/all-careers'
import { NOT_FOUND_PATH, htmlFileFor, prerenderPaths } from './prerender-paths'

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

describe('htmlFileFor', () => {
  it('maps each path to the file a static host serves for it', () => {
    expect(htmlFileFor('/')).toBe('index.html')
    expect(htmlFileFor('/reading-list')).toBe('reading-list/index.html')
    expect(htmlFileFor('/careers/python-developer/day')).toBe('careers/python-developer/day/index.html')
    expect(htmlFileFor(NOT_FOUND_PATH)).toBe('404.html')
  })
})
