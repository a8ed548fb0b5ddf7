import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithRouter } from '@/testing/render-with-router'

describe('CatalogPage', () => {
  it('shows a card per career with its summary and salary span, linking to its page', async () => {
    const { router } = renderWithRouter('/')
    const heading = await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    const card = heading.closest('li')
    expect(card).not.toBeNull()
    const cardView = within(card!)
    expect(cardView.getByText(/^Python Developers build and maintain backend services/)).toBeInTheDocument()
    expect(card).toHaveTextContent('₹10–45 L a year')
    // India and remote / international are kept apart: the 45 comes only from remote work.
    expect(card).toHaveTextContent(
      'mid-level total cash compensation: ₹10–22 L across 5 places in India, ₹20–45 L remote / international',
    )

    expect(
      cardView.getByRole('link', { name: 'A day in the life, step by step as a Python Developer' }),
    ).toHaveAttribute('href', '/careers/python-developer/day')
    expect(cardView.getByRole('link', { name: 'Salaries by city for Python Developer' })).toHaveAttribute(
      'href',
      '/careers/python-developer/salaries',
    )

    await userEvent.click(cardView.getByRole('link', { name: 'Python Developer' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer')
  })

  it('the card links to the day timeline', async () => {
    const { router } = renderWithRouter('/')
    await userEvent.click(
      await screen.findByRole('link', { name: 'A day in the life, step by step as a Python Developer' }),
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Python Developer: a day in the life' }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer/day')
  })
})

describe('CatalogPage filters', () => {
  it('"pays at least ₹15 L in Pune" keeps Python Developer and shows its Pune range', async () => {
    const user = userEvent.setup()
    const { router } = renderWithRouter('/')
    await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Place' }), 'Pune')
    await user.type(screen.getByRole('textbox', { name: 'Pays at least (₹ lakh a year)' }), '15')
    expect(await screen.findByText('1 of 1 career matches')).toBeInTheDocument()
    expect(
      screen.getByText('₹10–17 L a year in Pune', { normalizer: (s) => s.replace(/\s+/g, ' ') }),
    ).toBeInTheDocument()
    // The address follows once typing pauses.
    await waitFor(() => expect(decodeURIComponent(router.state.location.href)).toBe('/?place=pune&minPay=15'))
  })

  it('"pays at least 17.01 in Pune" keeps the amount as typed and leaves out a Pune range ending at ₹17 L', async () => {
    const user = userEvent.setup()
    const { router } = renderWithRouter('/')
    await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Place' }), 'Pune')
    const pay = screen.getByRole('textbox', { name: 'Pays at least (₹ lakh a year)' })
    await user.type(pay, '17.01')
    expect(pay).toHaveAccessibleDescription(/^Read as ₹17.01.L a year\./)
    expect(await screen.findByText('0 of 1 career match')).toBeInTheDocument()
    await waitFor(() =>
      expect(decodeURIComponent(router.state.location.href)).toBe('/?place=pune&minPay=17.01'),
    )
  })

  it('reads "15 LPA" as the salary page does, keeps it as typed and says how it was read', async () => {
    const user = userEvent.setup()
    const { router } = renderWithRouter('/')
    const pay = await screen.findByRole('textbox', { name: 'Pays at least (₹ lakh a year)' })
    await user.type(pay, '15 LPA')
    expect(pay).toHaveValue('15 LPA')
    expect(pay).not.toHaveAttribute('aria-invalid', 'true')
    expect(pay).toHaveAccessibleDescription(/^Read as ₹15.L a year\. Careers whose range reaches/)
    // The address follows once typing pauses.
    await waitFor(() => expect(decodeURIComponent(router.state.location.href)).toBe('/?minPay=15'))
  })

  it('says when nothing matches and clears back to every career', async () => {
    const user = userEvent.setup()
    renderWithRouter('/?place=pune&minPay=18')
    expect(await screen.findByText('No career matches these filters.')).toBeInTheDocument()
    expect(screen.getByText('0 of 1 career match')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(await screen.findByRole('heading', { level: 3, name: 'Python Developer' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Place' })).toHaveValue('')
    expect(screen.getByRole('textbox', { name: 'Pays at least (₹ lakh a year)' })).toHaveValue('')
  })

  it('explains an unusable amount inline and keeps the list as it was', async () => {
    const user = userEvent.setup()
    const { router } = renderWithRouter('/')
    const pay = await screen.findByRole('textbox', { name: 'Pays at least (₹ lakh a year)' })
    await user.type(pay, 'lots')
    expect(pay).toHaveAttribute('aria-invalid', 'true')
    expect(pay).toHaveAccessibleDescription('Enter lakh a year, like 15, 15 L or ₹15,00,000.')
    expect(screen.getByRole('heading', { level: 3, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.searchStr).toBe('')
  })

  it('finds careers by name and ignores a place that does not exist', async () => {
    const user = userEvent.setup()
    renderWithRouter('/?place=atlantis')
    await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    expect(screen.getByRole('combobox', { name: 'Place' })).toHaveValue('')
    await user.type(screen.getByRole('searchbox', { name: 'Career name' }), 'java')
    expect(await screen.findByText('0 of 1 career match')).toBeInTheDocument()
  })
})

describe('CatalogPage honesty', () => {
  it('a minimum pay names the places whose range reaches it', async () => {
    renderWithRouter('/?minPay=40')
    const heading = await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    expect(heading.closest('li')).toHaveTextContent('reaches ₹40 L in Remote / international')
  })

  it('names the minimum as typed, not rounded', async () => {
    renderWithRouter('/?minPay=16.99')
    const heading = await screen.findByRole('heading', { level: 3, name: 'Python Developer' })
    expect(heading.closest('li')).toHaveTextContent(/reaches ₹16.99.L in Bangalore/)
  })
})

describe('CatalogPage pay box', () => {
  it('an unusable amount stops filtering instead of leaving the old minimum applied', async () => {
    const user = userEvent.setup()
    const { router } = renderWithRouter('/?minPay=50')
    const pay = await screen.findByRole('textbox', { name: 'Pays at least (₹ lakh a year)' })
    expect(await screen.findByText('No career matches these filters.')).toBeInTheDocument()
    await user.type(pay, 'abc')
    expect(pay).toHaveValue('50abc')
    expect(pay).toHaveAttribute('aria-invalid', 'true')
    expect(await screen.findByRole('heading', { level: 3, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.searchStr).toBe('')
  })

  it('Clear filters in the empty state puts focus on the first filter', async () => {
    const user = userEvent.setup()
    renderWithRouter('/?place=pune&minPay=18')
    await user.click(await screen.findByRole('button', { name: 'Clear filters' }))
    expect(screen.getByRole('searchbox', { name: 'Career name' })).toHaveFocus()
  })
})
