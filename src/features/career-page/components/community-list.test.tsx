import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { useReadingListStore } from '@/lib/reading-list/store'
import { CommunityList } from './community-list'

describe('CommunityList', () => {
  it('gives every community a save toggle named after it', async () => {
    render(<CommunityList careerId={pythonDeveloper.id} communities={pythonDeveloper.communities} />)
    const toggles = screen.getAllByRole('button', { pressed: false })
    expect(toggles.map((t) => t.textContent)).toEqual(
      pythonDeveloper.communities.map((c) => `Save ${c.name}`),
    )

    await userEvent.click(screen.getByRole('button', { name: 'Save PyData India' }))
    expect(screen.getByRole('button', { name: 'Save PyData India' })).toHaveAttribute('aria-pressed', 'true')
    expect(Object.values(useReadingListStore.getState().bookmarks)).toMatchObject([
      { careerId: 'python-developer', kind: 'community', itemId: 'pydata-india', title: 'PyData India' },
    ])
  })
})
