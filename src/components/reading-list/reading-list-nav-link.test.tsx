import { act, screen, within } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import {
  RouterContextProvider,
  createMemoryHistory,
  createRootRoute,
  createRouter,
} from '@tanstack/react-router'
import { describe, expect, it, vi } from 'vitest'
import { useReadingListStore } from '@/lib/reading-list/store'
import { FLUENT_PYTHON, PYDATA_INDIA } from '@/testing/reading-list-fixtures'
import { renderWithRouter } from '@/testing/render-with-router'
import { ReadingListNavLink } from './reading-list-nav-link'

describe('the header’s reading-list link', () => {
  it('says how many items are saved, in words a screen reader reads out', async () => {
    renderWithRouter('/')
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Reading list' })).toHaveAttribute('href', '/reading-list')

    act(() => {
      useReadingListStore.getState().toggle(FLUENT_PYTHON)
      useReadingListStore.getState().toggle(PYDATA_INDIA)
    })
    const link = within(nav).getByRole('link', { name: 'Reading list, 2 saved' })
    expect(within(link).getByText('2')).toBeVisible()
  })

  it('prerendered, claims no count; hydrated, shows the stored count without a mismatch', async () => {
    useReadingListStore.getState().toggle(FLUENT_PYTHON)
    const router = createRouter({ routeTree: createRootRoute(), history: createMemoryHistory() })
    const app = (
      <RouterContextProvider router={router}>
        <ReadingListNavLink />
      </RouterContextProvider>
    )
    const html = renderToString(app)
    expect(html).toContain('Reading list')
    expect(html).not.toContain('saved')
    expect(html).not.toContain('nav-count')

    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const onRecoverableError = vi.fn()
    const root = await act(async () => hydrateRoot(container, app, { onRecoverableError }))
    expect(screen.getByRole('link', { name: 'Reading list, 1 saved' })).toBeInTheDocument()
    expect(onRecoverableError).not.toHaveBeenCalled()
    act(() => root.unmount())
    container.remove()
  })
})

describe('the header’s reading-list link when changes cannot be stored', () => {
  it('says the count holds in this tab only', async () => {
    renderWithRouter('/')
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    act(() => {
      useReadingListStore.getState().toggle(FLUENT_PYTHON)
      useReadingListStore.persistence.useStatus.setState({ saving: 'full' })
    })
    const link = within(nav).getByRole('link', { name: 'Reading list, 1 saved in this tab only' })
    expect(link).toHaveTextContent('this tab only')
  })
})
