import { useEffect } from 'react'
import { Link, Outlet, Scripts, useRouter } from '@tanstack/react-router'
import { ExternalLink } from '@/components/external-link'
import { focusPageHeading } from '@/lib/focus-target'
import { AppStatus } from './app-status'
import { ThemeControl } from './theme-control'
import { SiteSearch } from '@/components/search/site-search'
import { ReadingListNavLink } from '@/components/reading-list/reading-list-nav-link'
import { ReadingListStorageNotice } from '@/components/reading-list/storage-notice'

/** Every page's frame: skip link, header, main landmark, footer naming where the content comes from. */
export function AppShell() {
  useFocusHeadingOnNavigation()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            Career Explorer
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <Link to="/" activeOptions={{ exact: true }}>
                  Careers
                </Link>
              </li>
              <li>
                <ReadingListNavLink />
              </li>
            </ul>
          </nav>
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
          Career content comes from <ExternalLink href="https://clarup.com/">clarup.com</ExternalLink> career
          pages, in their words. Step titles, phases, kinds and topic tags are ours; per-month pay is the
          source&rsquo;s yearly figure divided by 12, and in-hand pay is our estimate from the tax year
          2026-27 rules, not advice. Salary figures are ranges, not offers.
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
