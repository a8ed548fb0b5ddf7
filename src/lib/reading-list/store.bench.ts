// Benchmark (figures, not pass/fail): toggling one bookmark in a list of 1,000 saved items, persistence included.
// Run with `npm run bench`. Target: at most 5 ms per toggle.
import { bench, describe } from 'vitest'
import { fakeTab } from '@/testing/fake-storage'
import type { Bookmark, SavableItem } from './model'
import { createReadingListStore } from './store'
import { toBookmarks } from './transfer'

const KEY = 'bench:reading-list'
const STATUSES = ['saved', 'reading', 'done'] as const

const thousand: Bookmark[] = Array.from({ length: 1000 }, (_, i) => ({
  careerId: 'python-developer',
  kind: i % 3 === 0 ? 'community' : 'resource',
  itemId: `item-${i}`,
  title: `Saved item number ${i}, with a title about as long as real ones`,
  status: STATUSES[i % 3]!,
  note: i % 4 === 0 ? 'A note of a typical length: read chapters two and three, then try the exercises.' : '',
  savedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
}))
const toggled: SavableItem = {
  careerId: 'python-developer',
  kind: 'resource',
  itemId: 'item-500',
  title: 'x',
}

/** A store over jsdom's localStorage, holding the 1,000 items, already written. */
function storeWithThousand() {
  localStorage.removeItem(KEY)
  const store = createReadingListStore({ key: KEY, backupKey: `${KEY}:backup`, target: fakeTab() })
  store.getState().replace(toBookmarks(thousand))
  store.persistence.flush()
  return store
}

describe('toggle one bookmark among 1,000 saved', () => {
  const store = storeWithThousand()
  bench('toggle + write to localStorage (JSON of 1,000 items)', () => {
    store.getState().toggle(toggled)
    store.persistence.flush()
  })

  const batched = storeWithThousand()
  bench('toggle alone (the click; the write is batched and runs later)', () => {
    batched.getState().toggle(toggled)
  })

  const other = storeWithThousand()
  // Another tab's writes: the same list with one note changed, alternating so each is news to this tab.
  const stored = JSON.parse(localStorage.getItem(KEY)!) as { state: { bookmarks: Record<string, Bookmark> } }
  const first = Object.keys(stored.state.bookmarks)[0]!
  const otherTabWrites = ['one', 'two'].map((note) =>
    JSON.stringify({
      ...stored,
      state: {
        bookmarks: { ...stored.state.bookmarks, [first]: { ...stored.state.bookmarks[first]!, note } },
      },
    }),
  )
  let n = 0
  bench('another tab wrote one change, then toggle + write (includes setting its 200 kB text)', () => {
    localStorage.setItem(KEY, otherTabWrites[n++ % 2]!)
    other.getState().toggle(toggled)
    other.persistence.flush()
  })
})
