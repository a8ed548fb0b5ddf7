// Filtering 10,000 synthetic items (the real career's 62 items, repeated with varied text) by a query and three
// topics. Target: ≤ 5 ms per query. Run with `npm run bench`.
import { bench, describe } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { fold } from './fold'
import { filterItems } from './filter'
import { careerItems, type ContentItem } from './items'

const base = careerItems(pythonDeveloper)
const items: ContentItem[] = Array.from({ length: 10_000 }, (_, i) => {
  const item = base[i % base.length]!
  const title = `${item.title} ${i}`
  return { ...item, id: `${item.id}-${i}`, title, haystack: fold(`${title} ${item.text}`) }
})

describe('filter 10,000 items', () => {
  bench('query "python" + topics testing, databases, code-review', () => {
    filterItems(items, { q: 'python', topics: ['testing', 'databases', 'code-review'] })
  })

  bench('two-word query with an accent + 3 topics', () => {
    filterItems(items, { q: 'Sebastián fastapi', topics: ['fastapi', 'async', 'interviews'] })
  })

  bench('query only, matching most items', () => {
    filterItems(items, { q: 'the' })
  })
})
