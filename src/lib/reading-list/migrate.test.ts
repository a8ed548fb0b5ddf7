// Every stored format the app has ever written must still load. A version bump adds `fixtures/v<old>.json` (what
// the old version stored, verbatim) and its expected result below, in the new format.
import { describe, expect, it } from 'vitest'
import { FakeStorage, fakeTab } from '@/testing/fake-storage'
import { READING_LIST_STORAGE_KEY, READING_LIST_VERSION } from './model'
import { migrateReadingList } from './migrate'
import { createReadingListStore } from './store'

const FIXTURES = import.meta.glob<string>('./fixtures/v*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const fixture = (version: number) => FIXTURES[`./fixtures/v${version}.json`]

const EXPECTED: Record<number, object> = {
  1: {
    bookmarks: {
      'python-developer/resource/fluent-python': {
        careerId: 'python-developer',
        kind: 'resource',
        itemId: 'fluent-python',
        title: 'Fluent Python (2nd Edition)',
        status: 'reading',
        note: 'Chapters 1-3 first; skip the metaclass chapter for now.',
        savedAt: '2026-11-20T08:15:00.000Z',
        updatedAt: '2026-11-24T19:02:45.120Z',
      },
      'python-developer/community/pydata-india': {
        careerId: 'python-developer',
        kind: 'community',
        itemId: 'pydata-india',
        title: 'PyData India',
        status: 'done',
        note: '',
        savedAt: '2026-11-21T18:40:12.345Z',
        updatedAt: '2026-11-23T07:30:00.000Z',
      },
      'python-developer/resource/a-resource-no-longer-listed': {
        careerId: 'python-developer',
        kind: 'resource',
        itemId: 'a-resource-no-longer-listed',
        title: 'A resource the content has since dropped',
        status: 'saved',
        note: 'Still want this: ask around for it.',
        savedAt: '2026-11-22T00:00:00.000Z',
        updatedAt: '2026-11-22T00:00:00.000Z',
      },
    },
    removed: { 'python-developer/resource/real-python': '2026-11-25T10:00:00.000Z' },
  },
}

describe('stored formats', () => {
  it('has a fixture and an expected result for every version up to the current one', () => {
    for (let version = 1; version <= READING_LIST_VERSION; version++) {
      expect(fixture(version), `fixtures/v${version}.json`).toBeDefined()
      expect(EXPECTED[version], `EXPECTED[${version}]`).toBeDefined()
    }
  })

  for (let version = 1; version <= READING_LIST_VERSION; version++) {
    it(`loads what version ${version} stored, every bookmark kept, with no recovery notice`, () => {
      const storage = new FakeStorage({ [READING_LIST_STORAGE_KEY]: fixture(version)! })
      const store = createReadingListStore({ getStorage: () => storage, target: fakeTab() })
      const { bookmarks, removed } = store.getState()
      expect({ bookmarks, removed }).toEqual(EXPECTED[version])
      expect(store.persistence.useStatus.getState().recovery).toBeNull()
      store.persistence.disconnect()
    })
  }
})

describe('migrateReadingList', () => {
  const state = { bookmarks: {} }

  it('returns the current version’s state as it is', () => {
    expect(migrateReadingList(state, READING_LIST_VERSION)).toBe(state)
  })

  it('passes a version it has no path for (older than any format, or newer) on for the validating merge', () => {
    expect(migrateReadingList(state, 0)).toBe(state)
    expect(migrateReadingList(state, READING_LIST_VERSION + 1)).toBe(state)
    expect(migrateReadingList(state, Number.NaN)).toBe(state)
  })
})

describe('the next stored format (a test-only version 2 that adds a priority to each bookmark)', () => {
  const addPriority = (state: unknown) => {
    const { bookmarks, ...rest } = state as { bookmarks: Record<string, object> }
    return {
      ...rest,
      bookmarks: Object.fromEntries(
        Object.entries(bookmarks).map(([key, bookmark]) => [key, { ...bookmark, priority: 'normal' }]),
      ),
    }
  }

  it('migrates what version 1 stored (its fixture) to version 2, every bookmark kept with the new field', () => {
    const stored = JSON.parse(fixture(1)!) as { state: unknown; version: number }
    const migrated = migrateReadingList(stored.state, stored.version, { 1: addPriority }, 2) as {
      bookmarks: Record<string, object>
      removed: object
    }
    const expected = EXPECTED[1] as { bookmarks: Record<string, object>; removed: object }
    expect(migrated.removed).toEqual(expected.removed)
    expect(Object.keys(migrated.bookmarks)).toEqual(Object.keys(expected.bookmarks))
    for (const [key, bookmark] of Object.entries(expected.bookmarks))
      expect(migrated.bookmarks[key]).toEqual({ ...bookmark, priority: 'normal' })
  })

  it('without a step for a version, leaves the state for the validating merge rather than guessing', () => {
    const state = { bookmarks: {} }
    expect(migrateReadingList(state, 1, {}, 2)).toBe(state)
  })
})
