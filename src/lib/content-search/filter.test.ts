import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { COMMUNITY_FORMAT_GROUPS, RESOURCE_KINDS, TOPICS } from '@/content/vocabulary'
import { filterItems, hasActiveFilters, type ContentFilters } from './filter'
import { careerItems, type ItemSectionId } from './items'

const items = careerItems(pythonDeveloper)
const ids = (filters: ContentFilters) => filterItems(items, filters).map((i) => i.id)

describe('filterItems', () => {
  it('returns everything with no filters', () => {
    expect(filterItems(items, {})).toHaveLength(62)
    expect(hasActiveFilters({})).toBe(false)
  })

  it('finds items by words in any order, ignoring case, accents and punctuation', () => {
    expect(ids({ q: 'FLUENT' })).toEqual(['fluent-python'])
    expect(ids({ q: 'ramirez sebastian' })).toEqual(['fastapi-django-chat', 'sebastian-ramirez-talks'])
    expect(ids({ q: 'select_related' })).toEqual(['review-teammate-prs'])
  })

  it('narrows to items carrying every chosen topic', () => {
    const testing = filterItems(items, { topics: ['testing'] })
    expect(testing.length).toBeGreaterThan(0)
    expect(testing.every((i) => i.topics.includes('testing'))).toBe(true)
    const both = filterItems(items, { topics: ['testing', 'databases'] })
    expect(both.map((i) => i.id)).toEqual(['deep-work-merchant-onboarding', 'integration-tests-draft-pr'])
  })

  it('keeps to one section when one is picked', () => {
    const education = filterItems(items, { section: 'education' })
    expect(education).toHaveLength(5)
    expect(hasActiveFilters({ section: 'education' })).toBe(true)
  })

  it('applies resource facets to resources only', () => {
    const books = filterItems(items, { kinds: ['book'] })
    expect(books.filter((i) => i.section === 'resources')).toHaveLength(4)
    expect(books.filter((i) => i.section === 'day')).toHaveLength(11)
    expect(ids({ india: true, section: 'resources' })).toEqual([
      'hitesh-choudhary-anuj-bhaiya',
      'geeksforgeeks-interviewbit',
    ])
  })

  it('applies community formats to communities only', () => {
    const inPerson = filterItems(items, { formats: ['in-person'], section: 'communities' })
    expect(inPerson.map((i) => i.id)).toEqual(['pycon-india-and-city-groups', 'pydata-india'])
  })

  const filtersArb: fc.Arbitrary<ContentFilters> = fc.record(
    {
      q: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('python', 'django', 'test', 'india')),
      topics: fc.subarray([...TOPICS]),
      section: fc.constantFrom<ItemSectionId>('day', 'mistakes', 'resources', 'communities', 'education'),
      kinds: fc.subarray([...RESOURCE_KINDS]),
      india: fc.boolean(),
      formats: fc.subarray([...COMMUNITY_FORMAT_GROUPS]),
    },
    { requiredKeys: [] },
  )

  it('never adds results when a topic is added', () => {
    fc.assert(
      fc.property(filtersArb, fc.constantFrom(...TOPICS), (filters, topic) => {
        const before = new Set(ids(filters))
        const after = ids({ ...filters, topics: [...(filters.topics ?? []), topic] })
        expect(after.every((id) => before.has(id))).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it('never adds results when the query gets another word', () => {
    fc.assert(
      fc.property(filtersArb, fc.constantFrom('python', 'india', 'async', 'x'), (filters, word) => {
        const before = new Set(ids(filters))
        const after = ids({ ...filters, q: `${filters.q ?? ''} ${word}` })
        expect(after.every((id) => before.has(id))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
