import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bookmarkKey } from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'
import { FLUENT_PYTHON, PYDATA_INDIA } from '@/testing/reading-list-fixtures'
import { SaveToggle } from './save-toggle'

describe('SaveToggle', () => {
  it('is a toggle button named after the item, whose name stays the same when pressed', async () => {
    render(<SaveToggle item={FLUENT_PYTHON} />)
    const toggle = screen.getByRole('button', { name: 'Save Fluent Python (2nd Edition)' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')

    await userEvent.click(toggle)
    expect(screen.getByRole('button', { name: 'Save Fluent Python (2nd Edition)', pressed: true })).toBe(
      toggle,
    )
    expect(useReadingListStore.getState().bookmarks[bookmarkKey(FLUENT_PYTHON)]).toMatchObject({
      title: 'Fluent Python (2nd Edition)',
      status: 'saved',
    })

    await userEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(useReadingListStore.getState().bookmarks).toEqual({})
  })

  it('works from the keyboard', async () => {
    render(<SaveToggle item={FLUENT_PYTHON} />)
    await userEvent.tab()
    await userEvent.keyboard('{Enter}')
    expect(screen.getByRole('button', { pressed: true })).toHaveFocus()
    await userEvent.keyboard(' ')
    expect(screen.getByRole('button', { pressed: false })).toHaveFocus()
  })

  it('shows an item saved elsewhere (another toggle, another tab) as pressed', () => {
    useReadingListStore.getState().toggle(FLUENT_PYTHON)
    render(<SaveToggle item={FLUENT_PYTHON} />)
    expect(screen.getByRole('button', { name: /Fluent Python/ })).toHaveAttribute('aria-pressed', 'true')
  })

  describe('when the change cannot be stored', () => {
    afterEach(() => {
      vi.restoreAllMocks()
    })

    it('storage full (QuotaExceededError): says so beside the toggle, announced, and keeps the item in the tab', async () => {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      })
      render(<SaveToggle item={FLUENT_PYTHON} />)
      const toggle = screen.getByRole('button', { name: 'Save Fluent Python (2nd Edition)' })
      await userEvent.click(toggle)
      expect(toggle).toHaveAttribute('aria-pressed', 'true')
      const message =
        'Saved in this tab only: this browser’s storage is full. It will be lost when you close or reload this tab.'
      // Said once, in the page's one live region, naming the item; shown beside the toggle, as its description.
      expect(screen.getByRole('status')).toHaveTextContent(`Fluent Python (2nd Edition): ${message}`)
      expect(toggle).toHaveAccessibleDescription(message)
      expect(screen.getByText(message)).toBeVisible()
    })

    it('says nothing beside toggles the reader did not press', async () => {
      render(
        <>
          <SaveToggle item={FLUENT_PYTHON} />
          <SaveToggle item={PYDATA_INDIA} />
        </>,
      )
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      })
      await userEvent.click(screen.getByRole('button', { name: 'Save PyData India' }))
      // One live region for every toggle on the page.
      expect(screen.getAllByRole('status')).toHaveLength(1)
      expect(screen.getByRole('status')).toHaveTextContent(/^PyData India: Saved in this tab only/)
      expect(screen.getByRole('button', { name: 'Save PyData India' })).toHaveAccessibleDescription(
        /^Saved in this tab only/,
      )
      expect(screen.getByRole('button', { name: /Save Fluent Python/ })).not.toHaveAccessibleDescription()
    })

    it('stored normally, says nothing', async () => {
      render(<SaveToggle item={FLUENT_PYTHON} />)
      await userEvent.click(screen.getByRole('button', { name: 'Save Fluent Python (2nd Edition)' }))
      expect(screen.getByRole('status')).toBeEmptyDOMElement()
      expect(screen.getByRole('button', { name: /Save Fluent Python/ })).not.toHaveAccessibleDescription()
      expect(localStorage.getItem('career-explorer:reading-list')).toContain('fluent-python')
    })
  })

  it('the live region goes with the last toggle on the page', () => {
    const { unmount } = render(
      <>
        <SaveToggle item={FLUENT_PYTHON} />
        <SaveToggle item={PYDATA_INDIA} />
      </>,
    )
    expect(screen.getAllByRole('status')).toHaveLength(1)
    unmount()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})
