import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { useReadingListStore } from '@/lib/reading-list/store'
import { ResourceList } from './resource-list'

describe('ResourceList', () => {
  it('gives every resource a save toggle named after it', async () => {
    render(<ResourceList careerId={pythonDeveloper.id} resources={pythonDeveloper.resources} />)
    const toggles = screen.getAllByRole('button', { pressed: false })
    expect(toggles.map((t) => t.textContent)).toEqual(pythonDeveloper.resources.map((r) => `Save ${r.title}`))

    await userEvent.click(screen.getByRole('button', { name: 'Save Real Python' }))
    expect(screen.getByRole('button', { name: 'Save Real Python' })).toHaveAttribute('aria-pressed', 'true')
    expect(Object.values(useReadingListStore.getState().bookmarks)).toMatchObject([
      { careerId: 'python-developer', kind: 'resource', itemId: 'real-python', title: 'Real Python' },
    ])
  })
})
