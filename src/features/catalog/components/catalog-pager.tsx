import { Link } from '@tanstack/react-router'
import { fill, messages } from '@/lib/i18n/runtime'

/**
 * Previous / next page of cards, as real links: the page is in the address (`?page=3`), so it can be shared,
 * reloaded and walked with Back, and the links work before the app's code has loaded.
 */
export function CatalogPager({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null
  const to = (n: number) => (previous: Record<string, unknown>) => ({
    ...previous,
    page: n > 1 ? n : undefined,
  })
  return (
    <nav className="catalog-pager" aria-label={messages().catalog.pages}>
      {page > 1 ? (
        <Link to="/" search={to(page - 1)} className="button button--secondary" rel="prev">
          {messages().catalog.previous} <span className="visually-hidden">{messages().catalog.pageWord}</span>
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <p className="catalog-pager__where">{fill(messages().catalog.pageOf, { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link to="/" search={to(page + 1)} className="button button--secondary" rel="next">
          {messages().catalog.next} <span className="visually-hidden">{messages().catalog.pageWord}</span>
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
