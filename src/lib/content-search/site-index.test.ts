import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import type { Career } from '@/content/schema'
import { buildSiteIndex, searchSite } from './site-index'

const index = buildSiteIndex()

describe('searchSite', () => {
  it('finds nothing for a blank or punctuation-only query', () => {
    expect(searchSite(index, '')).toEqual([])
    expect(searchSite(index, ' ?! ')).toEqual([])
  })

  it('finds Fluent Python among resources', () => {
    const groups = searchSite(index, 'fluent')
    expect(groups.map((g) => g.section)).toEqual(['resources'])
    expect(groups[0]?.hits.map((h) => h.title)).toEqual(['Fluent Python (2nd Edition)'])
    expect(groups[0]?.hits[0]?.careerTitle).toBe('Python Developer')
  })

  it('groups results in the page order of sections, title matches first', () => {
    const groups = searchSite(index, 'pytest', 20)
    const order = groups.map((g) => g.section)
    expect(order).toEqual(['day', 'mistakes', 'responsibilities'])
    const mistakes = groups.find((g) => g.section === 'mistakes')
    expect(mistakes?.hits[0]?.title).toBe(
      'Not running pytest with coverage and not writing integration tests',
    )
  })

  it('caps each group and says how many matched', () => {
    const groups = searchSite(index, 'python', 3)
    for (const group of groups) {
      expect(group.hits.length).toBeLessThanOrEqual(3)
      expect(group.total).toBeGreaterThanOrEqual(group.hits.length)
    }
    expect(groups.some((g) => g.total > g.hits.length)).toBe(true)
  })

  it('searches every career in the registry it is given', () => {
    const other: Career = { ...pythonDeveloper, id: 'other-career', title: 'Other Career' }
    const both = buildSiteIndex([pythonDeveloper, other])
    const hits = searchSite(both, 'fluent').flatMap((g) => g.hits)
    expect(hits.map((h) => h.careerId)).toEqual(['python-developer', 'other-career'])
  })
})
