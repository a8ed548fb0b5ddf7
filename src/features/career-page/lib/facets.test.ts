import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { careerItems } from '@/lib/content-search/items'
import { careerFacets } from './facets'

describe('careerFacets', () => {
  it('counts each value that occurs, in the vocabulary’s order, with its label', () => {
    const facets = careerFacets(careerItems(pythonDeveloper))
    expect(facets.kinds).toEqual([
      { value: 'book', label: 'Book', count: 4 },
      { value: 'web', label: 'Web', count: 2 },
      { value: 'podcast', label: 'Podcast', count: 2 },
      { value: 'video', label: 'Video', count: 2 },
    ])
    expect(facets.india).toBe(2)
    // Slack and Discord are both online chat; a community with no format is in no group.
    expect(facets.formats).toEqual([
      { value: 'in-person', label: 'In person', count: 2 },
      { value: 'online-chat', label: 'Online chat', count: 3 },
      { value: 'forum', label: 'Forum', count: 1 },
      { value: 'web', label: 'Website', count: 2 },
    ])
  })

  it('leaves out values no item has', () => {
    expect(careerFacets([])).toEqual({ formats: [], kinds: [], india: 0 })
  })
})
