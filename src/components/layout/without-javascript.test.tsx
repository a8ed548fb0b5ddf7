// What readers without JavaScript are told is in the prerendered HTML, the browser hydrates that HTML without a
// mismatch, and the running app then drops it.
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NoScriptNote, WithoutJavaScript } from './without-javascript'

const page = (
  <main>
    <h1>A page</h1>
    <NoScriptNote>Filtering needs JavaScript.</NoScriptNote>
    <WithoutJavaScript>
      <ol>
        <li>Every step</li>
      </ol>
    </WithoutJavaScript>
    <button type="button" data-needs-js="">
      Filter
    </button>
  </main>
)

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('without JavaScript', () => {
  it('the prerendered HTML says what needs JavaScript and holds what is shown instead, marked as such', () => {
    const container = document.createElement('div')
    container.innerHTML = renderToString(page)
    const notes = [...container.querySelectorAll('[data-no-js]')].map((element) => element.textContent)
    expect(notes).toEqual(['Filtering needs JavaScript.', 'Every step'])
    expect(container.querySelector('.no-js-note')).toHaveTextContent('Filtering needs JavaScript.')
  })

  it('with JavaScript the page hydrates that HTML without a mismatch, then no longer carries it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const container = document.createElement('div')
    container.innerHTML = renderToString(page)
    document.body.append(container)
    const recoverable: unknown[] = []
    await act(async () => {
      hydrateRoot(container, page, { onRecoverableError: (error) => recoverable.push(error) })
    })
    expect(recoverable).toEqual([])
    expect(errors).not.toHaveBeenCalled()
    expect(container).not.toHaveTextContent('Filtering needs JavaScript.')
    expect(container).not.toHaveTextContent('Every step')
    expect(container.querySelector('button')).toHaveTextContent('Filter')
  })
})
