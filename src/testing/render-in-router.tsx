import type { ReactNode } from 'react'
import { render } from '@testing-library/react'
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterContextProvider,
} from '@tanstack/react-router'

/**
 * Renders one component with a bare router in context, synchronously: for components that hold a `<Link>` but are
 * otherwise tested on their own, without the app's routes, loaders or address.
 */
export function renderInRouter(ui: ReactNode) {
  const router = createRouter({ routeTree: createRootRoute(), history: createMemoryHistory() })
  return render(<RouterContextProvider router={router}>{ui}</RouterContextProvider>)
}
