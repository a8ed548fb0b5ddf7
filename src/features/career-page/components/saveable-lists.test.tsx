import type { ReactElement } from 'react'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { useReadingListStore } from '@/lib/reading-list/store'
import { CommunityList } from './community-list'
import { ResourceList } from './resource-list'

// The lists whose items can be saved to the reading list: one table, one behaviour.
describe.each<{
  list: string
  ui: ReactElement
  titles: string[]
  save: { title: string; kind: string; itemId: string }
}>([
  {
    list: 'ResourceList',
    ui: <ResourceList careerId={pythonDeveloper.id} resources={pythonDeveloper.resources} />,
    titles: pythonDeveloper.resources.map((r) => r.title),
    save: { title: 'Real Python', kind: 'resource', itemId: 'real-python' },
  },
  {
    list: 'CommunityList',
    ui: <CommunityList careerId={pythonDeveloper.id} communities={pythonDeveloper.communities} />,
    titles: pythonDeveloper.communities.map((c) => c.name),
    save: { title: 'PyData India', kind: 'community', itemId: 'pydata-india' },
  },
])('$list', ({ ui, titles, save }) => {
  it('gives every item a save toggle named after it, and saves the one pressed', async () => {
    render(ui)
    const toggles = screen.getAllByRole('button', { pressed: false })
    expect(toggles.map((t) => t.textContent)).toEqual(titles.map((title) => `Save ${title}`))

    await userEvent.click(screen.getByRole('button', { name: `Save ${save.title}` }))
    expect(screen.getByRole('button', { name: `Save ${save.title}` })).toHaveAttribute('aria-pressed', 'true')
    expect(Object.values(useReadingListStore.getState().bookmarks)).toMatchObject([
      { careerId: 'python-developer', kind: save.kind, itemId: save.itemId, title: save.title },
    ])
  })
})
