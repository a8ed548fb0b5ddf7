import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithRouter } from '@/testing/render-with-router'

// Each test is one visit: the app mounts once and the reader goes on from there.
const open = async (path: string) => {
  const rendered = renderWithRouter(path)
  await screen.findByRole('heading', { level: 1, name: 'Explore tech careers in India' })
  return { ...rendered, user: userEvent.setup() }
}
const card = () => screen.getByRole('heading', { level: 3, name: 'Python Developer' }).closest('li')
const placeBox = () => screen.getByRole('combobox', { name: 'Place' })
const payBox = () => screen.getByRole('textbox', { name: 'Pays at least (₹ lakh a year)' })
const nameBox = () => screen.getByRole('searchbox', { name: 'Career name' })
const address = (router: { state: { location: { href: string } } }) =>
  decodeURIComponent(router.state.location.href)

describe('CatalogPage', () => {
  it('a card shows the career’s summary and salary span, and links to its page and its day', async () => {
    const { router, user } = await open('/')
    await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    const cardView = within(card()!)
    expect(cardView.getByText(/^Python Developers build and maintain backend services/)).toBeInTheDocument()
    expect(card()).toHaveTextContent('₹10–45 L a year')
    // India and remote / international are kept apart: the 45 comes only from remote work.
    expect(card()).toHaveTextContent(
      'mid-level total cash compensation: ₹10–22 L across 5 places in India, ₹20–45 L remote / international',
    )
    expect(
      cardView.getByRole('link', { name: 'A day in the life, step by step as a Python Developer' }),
    ).toHaveAttribute('href', '/careers/python-developer/day')
    expect(cardView.getByRole('link', { name: 'Salaries by city for Python Developer' })).toHaveAttribute(
      'href',
      '/careers/python-developer/salaries',
    )

    // The card links to the day timeline…
    await user.click(
      cardView.getByRole('link', { name: 'A day in the life, step by step as a Python Developer' }),
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Python Developer: a day in the life' }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer/day')

    // …and, back on the catalog, its name to the career page.
    act(() => router.history.back())
    await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    await user.click(within(card()!).getByRole('link', { name: 'Python Developer' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer')
  })
})

describe('CatalogPage filters', () => {
  it('filters by place and pay as typed, saying how an amount was read, and writes the address once typing pauses', async () => {
    const { router, user } = await open('/')
    await screen.findByRole('heading', { level: 3, name: 'Python Developer' })

    // "Pays at least ₹15 L in Pune" keeps Python Developer and shows its Pune range.
    await user.selectOptions(placeBox(), 'Pune')
    await user.type(payBox(), '15')
    expect(await screen.findByText('1 of 1 career matches')).toBeInTheDocument()
    expect(
      screen.getByText('₹10–17 L a year in Pune', { normalizer: (s) => s.replace(/\s+/g, ' ') }),
    ).toBeInTheDocument()
    await waitFor(() => expect(address(router)).toBe('/?place=pune&minPay=15'))

    // "Pays at least 17.01 in Pune" keeps the amount as typed and leaves out a Pune range ending at ₹17 L.
    await user.clear(payBox())
    await user.type(payBox(), '17.01')
    expect(payBox()).toHaveAccessibleDescription(/^Read as ₹17.01.L a year\./)
    expect(await screen.findByText('0 of 1 career match')).toBeInTheDocument()
    await waitFor(() => expect(address(router)).toBe('/?place=pune&minPay=17.01'))

    // "15 LPA" is read as the salary page reads it, kept as typed, and said how it was read.
    await user.selectOptions(placeBox(), 'Any place')
    await user.clear(payBox())
    await user.type(payBox(), '15 LPA')
    expect(payBox()).toHaveValue('15 LPA')
    expect(payBox()).not.toHaveAttribute('aria-invalid', 'true')
    expect(payBox()).toHaveAccessibleDescription(/^Read as ₹15.L a year\. Careers whose range reaches/)
    await waitFor(() => expect(address(router)).toBe('/?minPay=15'))

    // An unusable amount is explained inline, and the list and the address are as without it.
    await user.clear(payBox())
    await user.type(payBox(), 'lots')
    expect(payBox()).toHaveAttribute('aria-invalid', 'true')
    expect(payBox()).toHaveAccessibleDescription('Enter lakh a year, like 15, 15 L or ₹15,00,000.')
    expect(screen.getByRole('heading', { level: 3, name: 'Python Developer' })).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.searchStr).toBe(''))
  })

  it('finds careers by name and ignores a place that does not exist', async () => {
    const { user } = await open('/?place=atlantis')
    await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    expect(placeBox()).toHaveValue('')
    await user.type(nameBox(), 'java')
    expect(await screen.findByText('0 of 1 career match')).toBeInTheDocument()
  })

  it('says when nothing matches, and Clear filters brings back every career with focus on the first filter', async () => {
    const { user } = await open('/?place=pune&minPay=18')
    expect(await screen.findByText('No career matches these filters.')).toBeInTheDocument()
    expect(screen.getByText('0 of 1 career match')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(await screen.findByRole('heading', { level: 3, name: 'Python Developer' })).toBeInTheDocument()
    expect(placeBox()).toHaveValue('')
    expect(payBox()).toHaveValue('')
    expect(nameBox()).toHaveFocus()
  })
})

describe('CatalogPage honesty', () => {
  it('a minimum pay names the places whose range reaches it, the minimum as typed, not rounded', async () => {
    const { user } = await open('/?minPay=40')
    await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    expect(card()).toHaveTextContent('reaches ₹40 L in Remote / international')
    await user.clear(payBox())
    await user.type(payBox(), '16.99')
    await waitFor(() => expect(card()).toHaveTextContent(/reaches ₹16.99.L in Bangalore/))
  })
})

describe('CatalogPage pay box', () => {
  it('an unusable amount stops filtering instead of leaving the old minimum applied', async () => {
    const { router, user } = await open('/?minPay=50')
    expect(await screen.findByText('No career matches these filters.')).toBeInTheDocument()
    await user.type(payBox(), 'abc')
    expect(payBox()).toHaveValue('50abc')
    expect(payBox()).toHaveAttribute('aria-invalid', 'true')
    expect(await screen.findByRole('heading', { level: 3, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.searchStr).toBe('')
  })
})
