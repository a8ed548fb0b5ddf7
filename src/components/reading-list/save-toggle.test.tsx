import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bookmarkKey } from '@/lib/reading-list/model'
import { useReadingListStore } from '@/lib/reading-list/store'
import { FLUENT_PYTHON } from '@/testing/reading-list-fixtures'
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
})
