import { useEffect } from 'react'
import { Link, Outlet, useRouter } from '@tanstack/react-router'

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
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Career content comes from{' '}
          <a href="https://clarup.com/" rel="noopener noreferrer">
            clarup.com
          </a>{' '}
          career pages, shown as published there. Salary figures are the source&rsquo;s ranges, not offers.
        </p>
      </footer>
    </>
  )
}

/**
 * After a client-side navigation, move focus to the new page's heading (or to the item the address points at) so
 * keyboard and screen-reader users land at the start of the new content instead of on a link that is no longer there.
 */
function useFocusHeadingOnNavigation() {
  const router = useRouter()
  useEffect(
    () =>
      router.subscribe('onRendered', (event) => {
        if (!event.fromLocation || event.fromLocation.pathname === event.toLocation.pathname) return
        // A link to an item (`#resources-fluent-python`) lands on that item; the router scrolls it into view.
        const { hash } = event.toLocation
        const target =
          (hash && document.getElementById(hash)) || document.querySelector<HTMLElement>('main h1')
        if (!target) return
        target.tabIndex = -1
        target.focus({ preventScroll: true })
      }),
    [router],
  )
}
