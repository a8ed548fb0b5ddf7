// The reading list's careers come from the registry's cache, shared with the career pages: a change of the list
// fetches only careers not loaded yet.
import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { loadCareer } from '@/content/registry'
import { failRequests, siteRequests } from '@/testing/site-fetch'
import { useSavedCareers } from './saved-careers'

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
