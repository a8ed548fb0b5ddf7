// Property-based: two tabs, any interleaving of changes, writes and storage events. Each tab changes its own
// items; whatever the order, once both have written and heard each other, neither tab's changes are lost.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FakeStorage, fakeTab, sendStorageEvent } from '@/testing/fake-storage'
import {
  BOOKMARK_STATUSES,
  READING_LIST_STORAGE_KEY,
  bookmarkKey,
  type Bookmark,
  type SavableItem,
} from './model'
import { createReadingListStore } from './store'

const item = (tab: number, i: number): SavableItem => ({
  careerId: 'python-developer',
  kind: 'resource',
  itemId: `tab-${tab}-item-${i}`,
  title: `Item ${i} of tab ${tab}`,
})

type Action =
  | { tab: number; op: 'toggle' | 'remove'; i: number }
  | { tab: number; op: 'status'; i: number; status: Bookmark['status'] }
  | { tab: number; op: 'note'; i: number; note: string }
  | { tab: number; op: 'flush' | 'event' }

const tab = fc.integer({ min: 0, max: 1 })
const i = fc.integer({ min: 0, max: 3 })
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ tab, op: fc.constantFrom('toggle' as const, 'remove' as const), i }),
  fc.record({ tab, op: fc.constant('status' as const), i, status: fc.constantFrom(...BOOKMARK_STATUSES) }),
  fc.record({ tab, op: fc.constant('note' as const), i, note: fc.string({ maxLength: 5 }) }),
  fc.record({ tab, op: fc.constantFrom('flush' as const, 'event' as const) }),
)

describe('two tabs', () => {
  it('never lose a change to an item only one of them touches, in any interleaving', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const storage = new FakeStorage()
        const tabs = [0, 1].map(() => {
          const target = fakeTab()
          const store = createReadingListStore({
            getStorage: () => storage,
            target,
            now: () => new Date('2026-11-26T00:00:00.000Z'),
          })
          return { target, store }
        })
        // What each tab's own items should end up as: the tab's own view, which only it changes.
        const expected = tabs.map((): Record<string, Bookmark> => ({}))
        try {
          for (const a of actions) {
            const { store, target } = tabs[a.tab]!
            const state = store.getState()
            if (!('i' in a)) {
              if (a.op === 'flush') store.persistence.flush()
              else sendStorageEvent(target, READING_LIST_STORAGE_KEY)
            } else {
              const key = bookmarkKey(item(a.tab, a.i))
              if (a.op === 'toggle') state.toggle(item(a.tab, a.i))
              else if (a.op === 'remove') state.remove(key)
              else if (a.op === 'status') state.setStatus(key, a.status)
              else if (a.op === 'note') state.setNote(key, a.note)
              const now = store.getState().bookmarks[key]
              if (now) expected[a.tab]![key] = now
              else Reflect.deleteProperty(expected[a.tab]!, key)
            }
          }
          // Settle: each writes, each hears the other.
          tabs[0]!.store.persistence.flush()
          sendStorageEvent(tabs[1]!.target, READING_LIST_STORAGE_KEY)
          tabs[1]!.store.persistence.flush()
          sendStorageEvent(tabs[0]!.target, READING_LIST_STORAGE_KEY)

          const stored = (
            JSON.parse(storage.getItem(READING_LIST_STORAGE_KEY) ?? '{"state":{"bookmarks":{}}}') as {
              state: { bookmarks: Record<string, Bookmark> }
            }
          ).state.bookmarks
          const union = { ...expected[0], ...expected[1] }
          expect(stored).toEqual(union)
          for (const { store } of tabs) expect(store.getState().bookmarks).toEqual(union)
        } finally {
          for (const { store } of tabs) store.persistence.disconnect()
        }
      }),
      { numRuns: 300 },
    )
  })

  it('converge with nothing lost when writes race, as localStorage between browser processes does', () => {
    // Each tab reads and writes its own copy of storage (a renderer's cache). A write reaches the shared copy
    // later ("arrive"), the last to arrive wins, and each tab hears of the shared copy later still ("hear"), with a
    // storage event: so both tabs can write a value that lacks the other's change.
    const raceAction = fc.oneof(
      action,
      fc.record({ tab, op: fc.constantFrom('arrive' as const, 'hear' as const) }),
    )
    fc.assert(
      fc.property(fc.array(raceAction, { maxLength: 40 }), (actions) => {
        let shared: string | null = null
        const tabs = [0, 1].map(() => {
          const cache = new FakeStorage()
          const target = fakeTab()
          const store = createReadingListStore({
            getStorage: () => cache,
            target,
            now: () => new Date('2026-11-26T00:00:00.000Z'),
          })
          return { cache, target, store }
        })
        const arrive = (t: (typeof tabs)[number]) => {
          const value = t.cache.getItem(READING_LIST_STORAGE_KEY)
          if (value !== null) shared = value
        }
        const hear = (t: (typeof tabs)[number]) => {
          if (shared === null || shared === t.cache.getItem(READING_LIST_STORAGE_KEY)) return
          t.cache.data.set(READING_LIST_STORAGE_KEY, shared)
          sendStorageEvent(t.target, READING_LIST_STORAGE_KEY)
        }
        const expected = tabs.map((): Record<string, Bookmark> => ({}))
        try {
          for (const a of actions) {
            const t = tabs[a.tab]!
            const state = t.store.getState()
            if (!('i' in a)) {
              if (a.op === 'flush') t.store.persistence.flush()
              else if (a.op === 'arrive') arrive(t)
              else hear(t)
            } else {
              const key = bookmarkKey(item(a.tab, a.i))
              if (a.op === 'toggle') state.toggle(item(a.tab, a.i))
              else if (a.op === 'remove') state.remove(key)
              else if (a.op === 'status') state.setStatus(key, a.status)
              else if (a.op === 'note') state.setNote(key, a.note)
              const now = t.store.getState().bookmarks[key]
              if (now) expected[a.tab]![key] = now
              else Reflect.deleteProperty(expected[a.tab]!, key)
            }
          }
          // Settle: rounds of write, arrive, hear, until nothing changes.
          for (let round = 0; round < 6; round++)
            for (const t of tabs) {
              t.store.persistence.flush()
              arrive(t)
              for (const other of tabs) hear(other)
            }
          const union = { ...expected[0], ...expected[1] }
          const stored = (
            JSON.parse(shared ?? '{"state":{"bookmarks":{}}}') as {
              state: { bookmarks: Record<string, Bookmark> }
            }
          ).state.bookmarks
          expect(stored).toEqual(union)
          for (const { store } of tabs) expect(store.getState().bookmarks).toEqual(union)
        } finally {
          for (const { store } of tabs) store.persistence.disconnect()
        }
      }),
      { numRuns: 500 },
    )
  })
})
