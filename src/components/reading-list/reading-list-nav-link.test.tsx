import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useReadingListStore } from '@/lib/reading-list/store'
import { FLUENT_PYTHON, PYDATA_INDIA } from '@/testing/reading-list-fixtures'
import { renderWithRouter } from '@/testing/render-with-router'

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
})
