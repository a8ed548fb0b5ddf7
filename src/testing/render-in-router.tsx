import type { ReactNode } from 'react'
import { render } from '@testing-library/react'
import { RouterProvider, createMemoryHistory, createRootRoute, createRouter } from '@tanstack/react-router'

/**
 * Renders one component inside a bare router, for components that hold router links but get their data as props.
 * The router is loaded before rendering, so queries can be synchronous after `await`.
 */
export async function renderInRouter(ui: ReactNode, path = '/') {
  const router = createRouter({
    routeTree: createRootRoute({ component: () => ui }),
    history: createMemoryHistory({ initialEntries: [path] }),
  })
  await router.load()
  return { router, ...render(<RouterProvider router={router} />) }
}
