import { useEffect } from 'react'
import { Link, Outlet, Scripts, useRouter } from '@tanstack/react-router'
import { ExternalLink } from '@/components/external-link'
import { messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'
import { focusPageHeading } from '@/lib/focus-target'
import { AppStatus } from './app-status'
import { LanguageSwitch } from './language-switch'
import { ThemeControl } from './theme-control'
import { SiteSearch } from '@/components/search/site-search'
import { ReadingListNavLink } from '@/components/reading-list/reading-list-nav-link'
import { ReadingListStorageNotice } from '@/components/reading-list/storage-notice'

/** Every page's frame: skip link, header, main landmark, footer naming where the content comes from. */
export function AppShell() {
  useFocusHeadingOnNavigation()
  const t = messages().shell
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            {t.siteName}
          </Link>
          <nav aria-label={t.mainNavigation}>
            <ul className="nav-list">
              <li>
                <Link to="/" activeOptions={{ exact: true }}>
                  {t.navCareers}
                </Link>
              </li>
              <li>
                <ReadingListNavLink />
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
          <ThemeControl />
          <SiteSearch />
        </div>
      </header>
      <AppStatus />
      <main id="main" tabIndex={-1}>
        <ReadingListStorageNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {fillNodes(t.footer, {
            source: <ExternalLink href="https://clarup.com/">clarup.com</ExternalLink>,
          })}
        </p>
        {/* Printed pages only: filled in when printing starts (src/app/window-events.ts), so the HTML never carries a date. */}
        <p className="print-stamp" id="print-stamp" />
      </footer>
      {/* In a prerendered page: the router's state, read once by the browser before it hydrates. */}
      <Scripts />
    </>
  )
}

/**
 * After a client-side navigation, move focus to the new page's heading so keyboard and screen-reader users
 * land at the start of the new content instead of on a link that is no longer there.
 */
function useFocusHeadingOnNavigation() {
  const router = useRouter()
  useEffect(
    () =>
      router.subscribe('onRendered', (event) => {
        if (!event.fromLocation || event.fromLocation.pathname === event.toLocation.pathname) return
        // An address with #item is the page's to handle: it focuses that item.
        if (event.toLocation.hash) return
        focusPageHeading({ preventScroll: true })
      }),
    [router],
  )
}
