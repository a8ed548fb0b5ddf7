import { screen, within } from '@testing-library/react'
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
    expect(card).toHaveTextContent('mid-level total cash compensation, across 6 places')

    expect(cardView.getByRole('link', { name: 'Salaries by city for Python Developer' })).toHaveAttribute(
      'href',
      '/careers/python-developer/salaries',
    )

    await userEvent.click(cardView.getByRole('link', { name: 'Python Developer' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer')
  })
})
