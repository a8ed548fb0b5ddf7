// Which source file each route comes from, for the build (scripts/build/inline-assets.mjs): it finds each route's
// code-split chunk in Vite's manifest by that file, and fails when a lazily loaded route has none. The files come
// from Vite's own glob over src/routes, matched to the router's routes by identity, so nothing is guessed from a
// route's id.
import type { AnyRoute } from '@tanstack/react-router'
import { createAppRouter } from './router'

const routeModules = import.meta.glob<AnyRoute>(['/src/routes/**/*.tsx', '!/src/routes/**/*.test.tsx'], {
  eager: true,
  import: 'Route',
})

export interface RouteSource {
  /** The router's id: "__root__", "/careers/$careerId/day". */
  id: string
  /** The route's file from the project root: "src/routes/careers.$careerId.day.tsx". */
  file: string
  /** True when the route's component is code-split: it loads with its own chunk. */
  lazyComponent: boolean
}

export function routeSources(): RouteSource[] {
  const router = createAppRouter()
  const files = new Map(Object.entries(routeModules).map(([path, route]) => [route, path.replace(/^\//, '')]))
  return Object.values(router.routesById).map((route: AnyRoute) => {
    const file = files.get(route)
    if (file === undefined)
      throw new Error(`Route ${route.id} is not exported as Route by a file in src/routes.`)
    const component: unknown = route.options.component
    const lazyComponent =
      typeof component === 'function' && 'preload' in component && typeof component.preload === 'function'
    return { id: route.id, file, lazyComponent }
  })
}
