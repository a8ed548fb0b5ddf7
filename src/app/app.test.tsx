// The app shell, routing and failure views, rendered through the real route tree.
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithRouter } from '@/testing/render-with-router'
import { failRequests, siteRequests } from '@/testing/site-fetch'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('app shell', () => {
  it('has a skip link to the main landmark, a header with navigation, and a footer naming the source', async () => {
    renderWithRouter('/')
    await screen.findByRole('heading', { level: 1 })
    const skip = screen.getByRole('link', { name: 'Skip to content' })
    expect(skip).toHaveAttribute('href', '#main')
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main')
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Career content comes from clarup.com')
  })
})

describe('not found', () => {
  it('an unknown address shows a not-found page inside the app shell', async () => {
    renderWithRouter('/nowhere/at/all')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('banner')).toBeInTheDocument()
  })

  it('an unknown career id names the missing career and links home', async () => {
    const { router } = renderWithRouter('/careers/astronaut')
    expect(await screen.findByRole('heading', { level: 1, name: 'Career not found' })).toBeInTheDocument()
    expect(screen.getByText('astronaut')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('link', { name: 'Browse all careers' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Explore tech careers in India' }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  it('a hostile career id is shown as text, never as markup', async () => {
    renderWithRouter(`/careers/${encodeURIComponent('<img src=x onerror=alert(1)>')}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Career not found' })).toBeInTheDocument()
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
    expect(document.querySelector('main img')).toBeNull()
  })
})

describe('errors', () => {
  it('a failure while loading a page shows a friendly error view with a retry, never a blank page', async () => {
    // The router reports the failure on the console; the test is about what the person sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const content = '/content/careers/python-developer.json'
    failRequests(content, { status: 503 })
    renderWithRouter('/careers/python-developer')
    const heading = await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })
    expect(heading).toHaveFocus()
    expect(
      screen.getByText('The content of “python-developer” could not be loaded (HTTP 503).'),
    ).toBeInTheDocument()
    // The shell stays: header, navigation and search are still there.
    expect(screen.getByRole('banner')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Search all careers' })).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    const back = await screen.findByRole('heading', { level: 1, name: 'Python Developer' })
    await waitFor(() => expect(back).toHaveFocus())
    expect(siteRequests.filter((path) => path === content)).toHaveLength(2)
  })
})
