import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithRouter } from '@/testing/render-with-router'

const searchLandmark = () => within(screen.getByRole('search', { name: 'Site' }))

async function setup(path = '/') {
  const user = userEvent.setup()
  const rendered = renderWithRouter(path)
  const input = await screen.findByRole('combobox', { name: 'Search all careers' })
  return { user, input, ...rendered }
}

describe('SiteSearch', () => {
  it('shows matches grouped by section and opens the chosen one on the career page', async () => {
    const { user, input, router } = await setup()
    await user.type(input, 'fluent')
    const listbox = await screen.findByRole('listbox', { name: 'Search results' })
    expect(input).toHaveAttribute('aria-expanded', 'true')
    const group = within(listbox).getByRole('group', { name: 'What to read / watch / follow' })
    const option = within(group).getByRole('option', { name: /Fluent Python \(2nd Edition\)/ })
    expect(searchLandmark().getByRole('status')).toHaveTextContent(/^1 result\. /)

    await user.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-activedescendant', option.id)
    expect(option).toHaveAttribute('aria-selected', 'true')

    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer')
    expect(router.state.location.hash).toBe('resources-fluent-python')
    const item = document.getElementById('resources-fluent-python')
    expect(item).toHaveAttribute('data-target')
    expect(item).toHaveFocus()
    expect(input).toHaveValue('')
  })

  it("finds a career's pages first and opens them: the career, its salaries, its day", async () => {
    const { user, input, router } = await setup()
    await user.type(input, 'python developer')
    const listbox = await screen.findByRole('listbox', { name: 'Search results' })
    const pages = within(listbox).getByRole('group', { name: 'Careers and their pages' })
    const [first] = within(listbox).getAllByRole('option')
    expect(first).toHaveTextContent(/^Python Developer\s*Career page$/)
    expect(first).toHaveAttribute('aria-selected', 'true')
    expect(pages).toContainElement(first ?? null)
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer')
    expect(router.state.location.hash).toBe('')

    await user.type(input, 'salary bangalore')
    await user.keyboard('{Enter}')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Python Developer salaries by city' }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer/salaries')

    await user.type(input, 'day in the life')
    await user.click(await screen.findByRole('option', { name: /Python Developer: a day in the life/ }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Python Developer: a day in the life' }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer/day')
  })

  it('ignores case, accents and punctuation, and marks the matched words', async () => {
    const { user, input } = await setup()
    await user.type(input, 'SEBASTIAN!')
    const option = await screen.findByRole('option', { name: /Sebastián Ramírez \(FastAPI creator\)/ })
    expect(within(option).getByText('Sebastián', { selector: 'mark' })).toBeInTheDocument()
  })

  it('moves through options across groups with the arrow keys, wrapping around', async () => {
    const { user, input } = await setup()
    await user.type(input, 'pytest')
    const listbox = await screen.findByRole('listbox', { name: 'Search results' })
    const options = within(listbox).getAllByRole('option')
    expect(options.length).toBeGreaterThan(2)
    await user.keyboard('{ArrowUp}')
    expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)?.id)
    await user.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id)
  })

  it('chooses the best match, so Enter opens it rather than the first item of the page', async () => {
    const { user, input, router } = await setup()
    await user.type(input, 'talk python')
    const listbox = await screen.findByRole('listbox', { name: 'Search results' })
    const [best] = await within(listbox).findAllByRole('option')
    expect(best).toHaveTextContent(/^Talk Python To Me podcast\s*Python Developer$/)
    expect(best).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.hash).toBe('resources-talk-python-to-me')
  })

  it('says a query has no word to search for, instead of listing everything', async () => {
    const { user, input } = await setup()
    await user.type(input, '(?<=a)')
    expect(await searchLandmark().findByRole('status')).toHaveTextContent(
      'No results for “(?<=a)”: search needs a word of two or more letters or digits.',
    )
    expect(searchLandmark().queryByRole('option')).not.toBeInTheDocument()
  })

  it('says when nothing matches, and Escape closes then clears', async () => {
    const { user, input } = await setup()
    await user.type(input, 'kubernetes')
    expect(await searchLandmark().findByRole('status')).toHaveTextContent('No results for “kubernetes”.')
    await user.keyboard('{Escape}')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{Escape}')
    expect(input).toHaveValue('')
  })

  it('"/" and Ctrl+K focus the search from anywhere, but "/" typed into a field stays text', async () => {
    const { user, input } = await setup()
    expect(input).not.toHaveFocus()
    await user.keyboard('/')
    expect(input).toHaveFocus()
    expect(input).toHaveValue('')
    input.blur()
    await user.keyboard('{Control>}k{/Control}')
    expect(input).toHaveFocus()
    await user.type(input, 'r/django')
    expect(input).toHaveValue('r/django')
  })
})
