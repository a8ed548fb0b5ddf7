// Property-based: two tabs, any interleaving of changes, writes and storage events. Each tab changes its own
// items; whatever the order, once both have written and heard each other, neither tab's changes are lost.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeStorage, fakeTab, sendStorageEvent } from '@/testing/fake-storage'
import {
  BOOKMARK_STATUSES,
  READING_LIST_STORAGE_KEY,
  bookmarkKey,
  type Bookmark,
  type SavableItem,
} from './model'
import { createReadingListStore, type ReadingListStore } from './store'

const item = (tab: number, i: number): SavableItem => ({
  careerId: 'python-developer',
  kind: 'resource',
  itemId: `tab-${tab}-item-${i}`,
  title: `Item ${i} of tab ${tab}`,
})

type ItemAction =
  | { tab: number; op: 'toggle' | 'remove'; i: number }
  | { tab: number; op: 'status'; i: number; status: Bookmark['status'] }
  | { tab: number; op: 'note'; i: number; note: string }
type Action = ItemAction | { tab: number; op: 'flush' | 'event' | 'arrive' | 'hear' }

const tab = fc.integer({ min: 0, max: 1 })
const i = fc.integer({ min: 0, max: 3 })
const itemAction: fc.Arbitrary<ItemAction> = fc.oneof(
  fc.record({ tab, op: fc.constantFrom('toggle' as const, 'remove' as const), i }),
  fc.record({ tab, op: fc.constant('status' as const), i, status: fc.constantFrom(...BOOKMARK_STATUSES) }),
  fc.record({ tab, op: fc.constant('note' as const), i, note: fc.string({ maxLength: 5 }) }),
)

interface Tab {
  store: ReadingListStore
  target: Window
  /** What this tab's own items should end up as: its own view of them, since only it changes them. */
  expected: Record<string, Bookmark>
}

const open: Tab[] = []
afterEach(() => {
  for (const { store } of open.splice(0)) store.persistence.disconnect()
})

function openTab(storage: FakeStorage): Tab {
  const target = fakeTab()
  const store = createReadingListStore({
    getStorage: () => storage,
    target,
    now: () => new Date('2026-11-26T00:00:00.000Z'),
  })
  const opened = { store, target, expected: {} }
  open.push(opened)
  return opened
}

function changeItem({ store, expected }: Tab, a: ItemAction) {
  const key = bookmarkKey(item(a.tab, a.i))
  const state = store.getState()
  if (a.op === 'toggle') state.toggle(item(a.tab, a.i))
  else if (a.op === 'remove') state.remove(key)
  else if (a.op === 'status') state.setStatus(key, a.status)
  else if (a.op === 'note') state.setNote(key, a.note)
  const now = store.getState().bookmarks[key]
  if (now) expected[key] = now
  else Reflect.deleteProperty(expected, key)
}

function expectBothKept(stored: string | null, tabs: Tab[]) {
  const union = Object.assign({}, ...tabs.map((t) => t.expected)) as Record<string, Bookmark>
  const parsed = JSON.parse(stored ?? '{"state":{"bookmarks":{}}}') as { state: { bookmarks: object } }
  expect(parsed.state.bookmarks).toEqual(union)
  for (const { store } of tabs) expect(store.getState().bookmarks).toEqual(union)
}

describe('two tabs', () => {
  it('never lose a change to an item only one of them touches, in any interleaving', () => {
    const action: fc.Arbitrary<Action> = fc.oneof(
      itemAction,
      fc.record({ tab, op: fc.constantFrom('flush' as const, 'event' as const) }),
    )
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const storage = new FakeStorage()
        const tabs = [openTab(storage), openTab(storage)]
        for (const a of actions) {
          const t = tabs[a.tab]!
          if ('i' in a) changeItem(t, a)
          else if (a.op === 'flush') t.store.persistence.flush()
          else sendStorageEvent(t.target, READING_LIST_STORAGE_KEY)
        }
        // Settle: each writes, each hears the other.
        for (const [t, other] of [tabs, [...tabs].reverse()]) {
          t!.store.persistence.flush()
          sendStorageEvent(other!.target, READING_LIST_STORAGE_KEY)
        }
        expectBothKept(storage.getItem(READING_LIST_STORAGE_KEY), tabs)
      }),
      { numRuns: 300 },
    )
  })

  it('converge with nothing lost when writes race, as localStorage between browser processes does', () => {
    // Each tab reads and writes its own copy of storage (a renderer's cache). A write reaches the shared copy
    // later ("arrive"), the last to arrive wins, and each tab hears of the shared copy later still ("hear"), with a
    // storage event: so both tabs can write a value that lacks the other's change.
    const action: fc.Arbitrary<Action> = fc.oneof(
      itemAction,
      fc.record({ tab, op: fc.constantFrom('flush' as const, 'arrive' as const, 'hear' as const) }),
    )
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let shared: string | null = null
        const caches = [new FakeStorage(), new FakeStorage()]
        const tabs = caches.map(openTab)
        const arrive = (n: number) => {
          const value = caches[n]!.getItem(READING_LIST_STORAGE_KEY)
          if (value !== null) shared = value
        }
        const hear = (n: number) => {
          if (shared === null || shared === caches[n]!.getItem(READING_LIST_STORAGE_KEY)) return
          caches[n]!.data.set(READING_LIST_STORAGE_KEY, shared)
          sendStorageEvent(tabs[n]!.target, READING_LIST_STORAGE_KEY)
        }
        for (const a of actions) {
          if ('i' in a) changeItem(tabs[a.tab]!, a)
          else if (a.op === 'flush') tabs[a.tab]!.store.persistence.flush()
          else if (a.op === 'arrive') arrive(a.tab)
          else hear(a.tab)
        }
        // Settle: rounds of write, arrive, hear, until nothing changes.
        for (let round = 0; round < 6; round++)
          for (const n of [0, 1]) {
            tabs[n]!.store.persistence.flush()
            arrive(n)
            hear(0)
            hear(1)
          }
        expectBothKept(shared, tabs)
      }),
      { numRuns: 500 },
    )
  })
})
