// The baseline for `npm run bench:paint`: the smallest client-rendered React + TanStack Router page, one route that
// shows a heading and a paragraph. Whatever any client-rendered app on this stack does, it paints no sooner.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider, createRootRoute, createRouter } from '@tanstack/react-router'

const rootRoute = createRootRoute({
  component: () => (
    <main>
      <h1>Hello, world</h1>
      <p>A client-rendered page with nothing else on it.</p>
    </main>
  ),
})
const router = createRouter({ routeTree: rootRoute })

const container = document.getElementById('root')
if (!container) throw new Error('No #root')
createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
)
