import { render } from '@testing-library/react'
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router'
import { createAppRouter } from '@/app/router'

/**
 * Renders the whole app at `path` with an in-memory history. The router renders asynchronously: use
 * `await screen.findBy…` for the first query.
 */
export function renderWithRouter(path: string) {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) })
  return { router, ...render(<RouterProvider router={router} />) }
}
