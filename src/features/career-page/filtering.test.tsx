// Filtering the career page, through the real route: the URL holds the filters.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithRouter } from '@/testing/render-with-router'

const region = (name: string) => screen.getByRole('region', { name })
const visibleItems = (name: string) =>
  within(region(name))
    .queryAllByRole('listitem')
    .filter((li) => li.id !== '')

/** The filters as the route validated them (the keys that hold a value). */
const validatedSearch = (router: { state: { matches: { search: object }[] } }) =>
  Object.fromEntries(
    Object.entries(router.state.matches.at(-1)?.search ?? {}).filter(([, v]) => v !== undefined),
  )

async function openCareer(search = '') {
  const user = userEvent.setup()
  const rendered = renderWithRouter(`/careers/python-developer${search}`)
  await screen.findByRole('heading', { level: 1, name: 'Python Developer' })
  return { user, ...rendered }
}

describe('career page filters', () => {
  it('choosing a section the source leaves empty says so, instead of "Showing 0 of 62"', async () => {
    await openCareer('?section=notable-indians')
    expect(
      await screen.findByText(
        'The source lists nothing under “Notable Indians in this career”, so there is nothing to show.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/Showing 0 of/)).toBeNull()
  })

  it('a topic chip filters every section together, says how many show, and goes in the URL', async () => {
    const { user, router } = await openCareer()
    expect(screen.getByText('Showing 62 of 62 items')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Filter this page/ }))
    await user.click(screen.getByRole('button', { name: 'Testing', pressed: false }))

    expect(await screen.findByText('Showing 9 of 62 items')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Testing' })).toHaveAttribute('aria-pressed', 'true')
    expect(validatedSearch(router)).toEqual({ topics: ['testing'] })
    expect(decodeURIComponent(router.state.location.href)).toBe('/careers/python-developer?topics=testing')
    expect(visibleItems('A day in the life')).toHaveLength(3)
    expect(region('Advantages')).toHaveTextContent('No items in this section match the filters.')
    expect(visibleItems('Advantages')).toHaveLength(0)
    const contents = screen.getByRole('navigation', { name: 'On this page' })
    expect(within(contents).getByRole('link', { name: 'A day in the life (3 of 11)' })).toBeInTheDocument()
  })

  it('keeps each day step numbered by its place in the day when earlier steps are hidden', async () => {
    await openCareer('?topics=mentoring-does-not-exist,concurrency')
    const steps = visibleItems('A day in the life')
    expect(steps.map((li) => li.querySelector('.item__eyebrow')?.textContent)).toEqual([
      'Step 6 · Afternoon · Review',
      'Step 9 · Afternoon · Mentoring',
    ])
    expect(steps.map((li) => li.getAttribute('value'))).toEqual(['6', '9'])
  })

  it('a query matches regardless of case and accents, and marks the words', async () => {
    const { user, router } = await openCareer()
    await user.click(screen.getByRole('button', { name: /Filter this page/ }))
    await user.type(screen.getByRole('searchbox', { name: 'Search this page' }), 'SEBASTIAN')
    expect(await screen.findByText('Showing 2 of 62 items')).toBeInTheDocument()
    // The URL follows once typing pauses.
    await waitFor(() => expect(validatedSearch(router)).toEqual({ q: 'SEBASTIAN' }))
    const marks = within(region('What to read / watch / follow')).getAllByText('Sebastián', {
      selector: 'mark',
    })
    expect(marks.length).toBeGreaterThan(0)
  })

  it('typing replaces the history entry; a chip pushes one', async () => {
    const { user, router } = await openCareer()
    await user.click(screen.getByRole('button', { name: /Filter this page/ }))
    const before = router.history.length
    await user.type(screen.getByRole('searchbox', { name: 'Search this page' }), 'async')
    await waitFor(() => expect(validatedSearch(router)).toEqual({ q: 'async' }))
    expect(router.history.length).toBe(before)
    await user.click(screen.getByRole('button', { name: 'Django' }))
    await screen.findByRole('button', { name: 'Django', pressed: true })
    expect(router.history.length).toBe(before + 1)
    router.history.back()
    expect(await screen.findByRole('button', { name: 'Django', pressed: false })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search this page' })).toHaveValue('async')
  })

  it('the section picker keeps one section; resource facets narrow resources only', async () => {
    await openCareer('?section=resources&kinds=book')
    expect(screen.getByText('Showing 4 of 62 items')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Section' })).toHaveValue('resources')
    expect(visibleItems('What to read / watch / follow')).toHaveLength(4)
    expect(region('Overview')).toHaveTextContent('No items in this section match the filters.')
    expect(screen.getByRole('button', { name: 'Book (4)' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('India-focused and community formats are facets too', async () => {
    const { user } = await openCareer()
    await user.click(screen.getByRole('button', { name: 'India-focused (2)' }))
    expect(await screen.findByText('Showing 54 of 62 items')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'In person (2)' }))
    expect(await screen.findByText('Showing 49 of 62 items')).toBeInTheDocument()
    expect(visibleItems('Communities + forums')).toHaveLength(2)
  })

  it('a chip clicked before the URL caught up with typing keeps the query when Back undoes the chip', async () => {
    const { user, router } = await openCareer()
    await user.click(screen.getByRole('button', { name: /Filter this page/ }))
    await user.type(screen.getByRole('searchbox', { name: 'Search this page' }), 'pytest')
    await user.click(screen.getByRole('button', { name: 'Testing' }))
    await waitFor(() => expect(validatedSearch(router)).toEqual({ q: 'pytest', topics: ['testing'] }))
    router.history.back()
    await waitFor(() => expect(validatedSearch(router)).toEqual({ q: 'pytest' }))
    expect(screen.getByRole('searchbox', { name: 'Search this page' })).toHaveValue('pytest')
  })

  it('Clear all resets every filter and leaves focus in the filters', async () => {
    const { user, router } = await openCareer('?topics=testing&q=pytest&kinds=book')
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }))
    expect(await screen.findByText('Showing 62 of 62 items')).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search this page' })).toHaveFocus()
    expect(validatedSearch(router)).toEqual({})
    expect(screen.getByRole('searchbox', { name: 'Search this page' })).toHaveValue('')
  })

  it('hostile or malformed params fall back to defaults without an error', async () => {
    const long = 'x'.repeat(300)
    const { router } = await openCareer(
      `?topics=%3Cimg%20src%3Dx%3E,testing&section=__proto__&kinds=42&india=yes&q=${long}&formats=%7B%7D`,
    )
    expect(validatedSearch(router)).toEqual({ topics: ['testing'], q: 'x'.repeat(100) })
    expect(screen.getByText('Showing 0 of 62 items')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Testing' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('combobox', { name: 'Section' })).toHaveValue('')
  })
})
