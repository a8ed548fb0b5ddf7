import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { RouterProvider } from '@tanstack/react-router'
import { RouterClient } from '@tanstack/react-router/ssr/client'
import { canonicalPath } from './canonical-path'
import { deferAddressUntilHydrated } from './hydration-handoff'
import { PAGE_HEAD_TAGS } from '@/components/layout/head-tags'
import { useReadingListStore } from '@/lib/reading-list/store'
import { registerServiceWorker } from './service-worker/register'
import { createAppRouter } from './router'
import { startLanguage } from './language'
import { LANGUAGE_TAGS, localePrefix, splitLocale } from '@/lib/i18n/locales'
import '@/tokens.css'
import '@/styles.css'
import '@/print.css'

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element to render into.')

const { pathname, search, hash } = window.location
// One address per page: "/careers/X/", "/careers/x/index.html" and "/careers/x" are all "/careers/x".
const path = canonicalPath(pathname)

// `npm run build` writes each known address as HTML (scripts/build/) and marks the root with the path it
// was rendered for. That page is hydrated: React takes over the markup already on screen. Anything else — the dev
// server's empty index.html, or 404.html served for an address that has no file — is rendered in the browser.
const hydrating = container.dataset.prerendered !== undefined && container.dataset.prerendered === path

// The HTML shows its view without search params or a hash (`?topics=testing`, `#resources-…`). Hydrate that view,
// so React finds exactly the markup it would render, then move to the address the reader asked for. Both happen
// before the router reads the address.
if (hydrating && (search || hash || path !== pathname)) {
  window.history.replaceState(window.history.state, '', path)
  if (search || hash) deferAddressUntilHydrated(path + search + hash)
} else if (path !== pathname) {
  window.history.replaceState(window.history.state, '', path + search + hash)
}

// The address says the interface language ("/hi/…" is Hindi). Its messages load beside this script (the page preloads
// them); the app renders once they are in.
const { locale } = splitLocale(path)
document.documentElement.lang = LANGUAGE_TAGS[locale]

function renderApp(root: HTMLElement) {
  const router = createAppRouter({ basepath: localePrefix(locale) || undefined })
  if (hydrating) {
    hydrateRoot(
      root,
      <StrictMode>
        <RouterClient router={router} />
      </StrictMode>,
    )
    return
  }
  // 404.html (or a page served for another address): its head tags describe the page it was rendered as; the app
  // renders its own for this address.
  if (root.dataset.prerendered !== undefined)
    for (const element of document.head.querySelectorAll(PAGE_HEAD_TAGS)) element.remove()
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
}

// Should the messages not load (the network dropped), the prerendered page stays as it is: it reads and its links work.
startLanguage(locale).then(
  () => renderApp(container),
  (error: unknown) =>
    console.error('The page’s messages could not be loaded; it stays without its controls.', error),
)

// What the window does on its own (a chunk that cannot load, printing): not needed for the first render, so it loads
// beside the app rather than in the entry.
void import('./window-events')

// Offline after one visit; a new version waits for the reader. Notes typed a moment ago are written first.
registerServiceWorker({
  beforeReload: () => useReadingListStore.persistence.flush(),
  // The careers on the reading list are kept for offline use, whether or not their pages were opened here.
  afterRegister: () =>
    void import('./offline-careers').then(({ keepSavedCareersOffline }) =>
      keepSavedCareersOffline(
        () => new Set(Object.values(useReadingListStore.getState().bookmarks).map((b) => b.careerId)),
        (onChange) => useReadingListStore.subscribe(onChange),
      ),
    ),
})
