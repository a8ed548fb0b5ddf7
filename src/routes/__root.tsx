import { createRootRoute } from '@tanstack/react-router'
import { AppShell } from '@/components/layout/app-shell'
import { ErrorView } from '@/components/layout/error-view'
import { NotFoundView } from '@/components/layout/not-found-view'

export const Route = createRootRoute({
  component: AppShell,
  notFoundComponent: () => <NotFoundView />,
  errorComponent: ErrorView,
})
