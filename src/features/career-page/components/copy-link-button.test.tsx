import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CopyLinkButton } from './copy-link-button'

const VIEW_A = 'https://career-explorer.example/careers/python-developer?topics=testing'
const VIEW_B = 'https://career-explorer.example/careers/python-developer?topics=testing,web'

function clipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
}

describe('CopyLinkButton', () => {
  afterEach(() => vi.restoreAllMocks())

  it('with the clipboard blocked, the link shown follows the view on screen', async () => {
    // After setup(): user-event puts in a clipboard of its own.
    const user = userEvent.setup()
    clipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')))
    const { rerender } = render(<CopyLinkButton getUrl={() => VIEW_A} />)
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }))
    expect(await screen.findByRole('textbox', { name: 'Link to this view' })).toHaveValue(VIEW_A)

    rerender(<CopyLinkButton getUrl={() => VIEW_B} />)
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(VIEW_B)
  })

  it('"Link copied." goes once the view changes', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    const user = userEvent.setup()
    clipboard(writeText)
    const { rerender } = render(<CopyLinkButton getUrl={() => VIEW_A} />)
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }))
    expect(writeText).toHaveBeenCalledWith(VIEW_A)
    expect(await screen.findByText('Link copied.')).toBeInTheDocument()

    act(() => rerender(<CopyLinkButton getUrl={() => VIEW_B} />))
    expect(screen.queryByText('Link copied.')).not.toBeInTheDocument()
    // Back to the first view: the old message does not come back by itself.
    act(() => rerender(<CopyLinkButton getUrl={() => VIEW_A} />))
    expect(screen.queryByText('Link copied.')).not.toBeInTheDocument()
  })
})
