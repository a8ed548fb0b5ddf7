import { Component, Suspense, type ReactNode } from 'react'
import { act, render, screen } from '@testing-library/react'
import { lazyRouteComponent } from '@tanstack/react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { markRouterReloadTried, routerReloadKey } from './router-reload-key'

// A route whose code cannot be downloaded, as the browser reports it (the message the router recognises).
const message = 'Failed to fetch dynamically imported module: http://localhost/assets/page-abc123.js'

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {}
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override render() {
    return this.state.error ? <p>Could not load: {this.state.error.message}</p> : this.props.children
  }
}

/**
 * Renders a lazy route whose import fails. Returns the storage keys the router wrote: it writes its key and reloads
 * the document in one step (jsdom cannot navigate, so the write is what a test can see of the reload).
 */
async function renderMissingRoute(): Promise<{ written: string[] }> {
  const setItem = vi.spyOn(Storage.prototype, 'setItem')
  const Page = lazyRouteComponent(() => Promise.reject(new Error(message)))
  await act(async () => {
    render(
      <Boundary>
        <Suspense fallback={<p>Loading</p>}>
          <Page />
        </Suspense>
      </Boundary>,
    )
  })
  const written = setItem.mock.calls.map(([key]) => key)
  setItem.mockRestore()
  return { written }
}

describe("the router's reload-once key (pinned: it is not a public API)", () => {
  afterEach(() => window.sessionStorage.clear())

  it('is the key the router itself writes as it reloads for a missing route module', async () => {
    const { written } = await renderMissingRoute()
    expect(written).toEqual([routerReloadKey(message)])
  })

  it('once marked, the router does not reload and its error reaches the error view', async () => {
    markRouterReloadTried(message)
    const { written } = await renderMissingRoute()
    expect(written, 'the router took its reload branch').toEqual([])
    expect(await screen.findByText(`Could not load: ${message}`)).toBeInTheDocument()
  })
})
