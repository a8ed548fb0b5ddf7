// The reading list's careers come from the registry's cache, shared with the career pages: a change of the list, or
// an import, fetches only careers not loaded yet, and only careers the catalog lists.
import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { loadCareer, loadCatalogIndex } from '@/content/registry'
import { EXPORT_FORMAT_VERSION, IMPORT_MAX_BYTES, parseImport } from '@/lib/reading-list/transfer'
import { FLUENT_PYTHON } from '@/testing/reading-list-fixtures'
import { failRequests, siteRequests } from '@/testing/site-fetch'
import { careerIdsIn, careersForImport, useSavedCareers } from './saved-careers'

const careerFetches = () => siteRequests.filter((path) => path.startsWith('/content/careers/'))

function renderSaved(ids: readonly string[]) {
  const hook = renderHook((props: { ids: readonly string[] }) => useSavedCareers(props.ids), {
    initialProps: { ids },
  })
  const loaded = async () => {
    await waitFor(() => expect(hook.result.current.loading).toBe(false))
    return hook.result.current
  }
  return { ...hook, loaded }
}

describe('the reading list’s careers', () => {
  it('are fetched once: saving or removing items fetches nothing already loaded', async () => {
    const saved = renderSaved(['python-developer'])
    expect((await saved.loaded()).careers.map((c) => c.id)).toEqual(['python-developer'])

    // An item from a career new to the list: only that career is asked for (this one the site does not have).
    saved.rerender({ ids: ['python-developer', 'python-developer', 'astronaut'] })
    expect((await saved.loaded()).careers.map((c) => c.id)).toEqual(['python-developer'])
    // Its item removed, then the last item of the list, then one saved again.
    saved.rerender({ ids: ['python-developer'] })
    await saved.loaded()
    saved.rerender({ ids: [] })
    expect((await saved.loaded()).careers).toEqual([])
    saved.rerender({ ids: ['python-developer'] })
    expect((await saved.loaded()).careers.map((c) => c.id)).toEqual(['python-developer'])

    expect(careerFetches()).toEqual([
      '/content/careers/python-developer.json',
      '/content/careers/astronaut.json',
    ])
  })

  it('share what the career pages loaded: the list fetches nothing for a career already open', async () => {
    await loadCareer('python-developer')
    const saved = renderSaved(['python-developer'])
    expect((await saved.loaded()).careers.map((c) => c.id)).toEqual(['python-developer'])
    expect(careerFetches()).toEqual(['/content/careers/python-developer.json'])
  })

  it('that could not be fetched (offline) are fetched again on the next change of the list', async () => {
    failRequests('/content/careers/python-developer.json')
    const saved = renderSaved(['python-developer'])
    expect(await saved.loaded()).toEqual({ careers: [], loading: false, failed: true })
    saved.rerender({ ids: ['python-developer', 'astronaut'] })
    expect(await saved.loaded()).toMatchObject({ careers: [{ id: 'python-developer' }], failed: false })
    expect(careerFetches().sort()).toEqual([
      '/content/careers/astronaut.json',
      '/content/careers/python-developer.json',
      '/content/careers/python-developer.json',
    ])
  })
})

describe('an import', () => {
  type Item = Pick<typeof FLUENT_PYTHON, 'careerId' | 'itemId' | 'title'>
  const exportFile = (items: readonly Item[]) =>
    JSON.stringify({
      app: 'career-explorer',
      data: 'reading-list',
      version: EXPORT_FORMAT_VERSION,
      exportedAt: '2026-12-01T10:00:00.000Z',
      bookmarks: items.map(({ careerId, itemId, title }) => ({
        title,
        careerId,
        kind: 'resource',
        itemId,
        status: 'saved',
        note: '',
        savedAt: '2026-11-20T10:00:00.000Z',
      })),
    })
  const bookFrom = (careerId: string, i: number): Item => ({
    careerId,
    itemId: `book-${i}`,
    title: `Book ${i}`,
  })

  it('reads every career id in the file, once each', () => {
    const raw = exportFile([FLUENT_PYTHON, bookFrom('data-analyst', 1), bookFrom('python-developer', 2)])
    expect(careerIdsIn(raw)).toEqual(['python-developer', 'data-analyst'])
  })

  it('naming thousands of careers the site does not have fetches at most one file per career in the catalog, and reports them', async () => {
    const strangers = Array.from({ length: 5000 }, (_, i) => bookFrom(`made-up-career-${i}`, i))
    const raw = exportFile([FLUENT_PYTHON, ...strangers])
    expect(raw.length).toBeLessThanOrEqual(IMPORT_MAX_BYTES)
    expect(careerIdsIn(raw)).toHaveLength(5001)

    const careers = await careersForImport(raw, [])
    expect(careers.map((c) => c.id)).toEqual(['python-developer'])
    expect(careerFetches().length).toBeLessThanOrEqual((await loadCatalogIndex()).length)
    expect(siteRequests).toEqual(['/content/catalog/index.json', '/content/careers/python-developer.json'])
    expect(parseImport(raw, careers)).toEqual({
      ok: false,
      message:
        'This file refers to 5,000 items this app does not know: “Book 0”, “Book 1”, “Book 2”…. Nothing was imported.',
    })
  })

  it('loads the list’s own careers from the cache', async () => {
    await loadCareer('python-developer')
    const careers = await careersForImport(exportFile([FLUENT_PYTHON]), ['python-developer'])
    expect(careers.map((c) => c.id)).toEqual(['python-developer'])
    expect(careerFetches()).toEqual(['/content/careers/python-developer.json'])
  })
})
