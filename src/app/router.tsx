import {
  createRouter,
  parseSearchWith,
  stringifySearchWith,
  type RouterHistory,
} from '@tanstack/react-router'
import { ErrorView } from '@/components/layout/error-view'
import { routeTree } from '@/routeTree.gen'

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

// Lists go in the URL as "a,b" rather than JSON (`?kind=meeting,review`), so shared links stay readable; the
// route validators (src/lib/search-params.ts) read both forms.
const stringifySearch = stringifySearchWith(
  (value) => (isStringList(value) ? value.join(',') : JSON.stringify(value)),
  JSON.parse,
)
const parseSearch = parseSearchWith(JSON.parse)

/**
 * The app's router; tests pass a memory history. `basepath` is the language's prefix ("/hi"): the routes are the same
 * in every language, and every link a page makes stays in its language.
 */
export function createAppRouter(options: { history?: RouterHistory; basepath?: string } = {}) {
  return createRouter({
    routeTree,
    defaultPreload: 'intent',
    // An address that is not a route is not found as a whole ("/careers/x/salaries/anything" does not show the
    // salaries page): the root's not-found view, inside the app shell.
    notFoundMode: 'root',
    scrollRestoration: true,
    // A failing page renders its error inside the app shell, which keeps the header, search and navigation.
    defaultErrorComponent: ErrorView,
    stringifySearch,
    parseSearch,
    ...options,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
