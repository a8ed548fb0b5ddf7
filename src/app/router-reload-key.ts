// TanStack Router reloads the document once when a lazily loaded route's code cannot be fetched (its cure for a new
// deployment), and remembers that it did under this sessionStorage key. The key is the router's own, not a public
// API (@tanstack/react-router's lazyRouteComponent): router-reload-key.test.ts runs the router's code against it, so an
// upgrade that renames it fails that test instead of silently bringing back the reload.
export const routerReloadKey = (errorMessage: string): string => `tanstack_router_reload:${errorMessage}`

/** Tells the router its one reload for this failure has already happened, so its error reaches the error view. */
export function markRouterReloadTried(errorMessage: string): void {
  window.sessionStorage.setItem(routerReloadKey(errorMessage), '1')
}
