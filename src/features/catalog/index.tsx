import { contentLang } from '@/components/in-english'
import { useEffect, useId, useRef } from 'react'
import { ViewResult } from '@/components/layout/view-result'
import { loadCatalogIndex } from '@/content/registry'
import { TYPING_PAUSE_MS, useUrlText } from '@/lib/use-url-text'
import { readMinPay } from '@/lib/pay/boxes'
import { boxText } from '@/lib/pay/write-back'
import type { CatalogFilters } from './lib/filter-catalog'
import type { CatalogSearch } from './lib/search'
import { CARDS_PER_PAGE, type CatalogView } from './lib/catalog-view'
import { CareerCard } from './components/career-card'
import { CatalogPager } from './components/catalog-pager'
import './catalog-pages.css'
import { PageHead } from '@/components/layout/page-head'
import { NoScriptNote } from '@/components/layout/without-javascript'
import './catalog.css'
import { fill, messages, plural } from '@/lib/i18n/runtime'

export type { CatalogSearch } from './lib/search'
export type { CatalogFilters } from './lib/filter-catalog'

type FiltersChange = (next: CatalogFilters, options: { replace: boolean }) => void

const onFiltersFocus = () => {
  void import('./lib/catalog-view')
  void loadCatalogIndex().catch(() => undefined)
}

/** `/`: one card per career, a page at a time, searchable by name and by what it pays where. */
export function CatalogPage({
  view,
  filters = {},
  onFiltersChange = () => undefined,
}: {
  view: CatalogView
  filters?: CatalogSearch
  onFiltersChange?: FiltersChange
}) {
  const id = useId()
  const { places, cards: shown, total, matching, page, pageCount } = view
  const place = places.find((p) => p.id === filters.place)
  const applied = { ...filters, place: place?.id }
  const filtering = Boolean(applied.q || applied.place || applied.minPay)
  const firstShown = (page - 1) * CARDS_PER_PAGE + 1
  const lastShown = firstShown + shown.length - 1

  // Moving to another page of cards: the reader lands on the list's first card, not back at the filters.
  const listHeading = useRef<HTMLHeadingElement>(null)
  const nameInput = useRef<HTMLInputElement>(null)
  const shownPage = useRef(page)
  useEffect(() => {
    if (shownPage.current === page) return
    shownPage.current = page
    listHeading.current?.focus()
  }, [page])

  // Both boxes keep what was typed (the pay box even when it is not a usable amount yet) and write to the address
  // once typing pauses; each write carries the other box's value, so neither loses the other's latest typing.
  const nameBox = useUrlText({
    value: filters.q,
    textFor: (q) => q ?? '',
    parse: (text) => text.trim() || undefined,
    write: (q) => onFiltersChange({ ...filters, q, minPay: payBox.typed }, { replace: true }),
    delayMs: TYPING_PAUSE_MS,
  })
  const payBox = useUrlText({
    value: filters.minPay,
    textFor: (lakh) => (lakh === undefined ? '' : boxText(lakh, 'year')),
    // An unusable amount filters nothing (the message says why), rather than leaving an old one applied.
    parse: (text) => {
      const reading = readMinPay(text)
      return reading.status === 'valid' ? reading.lakhPerYear : undefined
    },
    write: (minPay) => onFiltersChange({ ...filters, q: nameBox.typed, minPay }, { replace: true }),
    delayMs: TYPING_PAUSE_MS,
  })
  const pay = readMinPay(payBox.text)
  /** The filters as typed, including what has not reached the address yet. */
  const typedFilters = () => ({ ...filters, q: nameBox.typed, minPay: payBox.typed })

  const t = messages().catalog
  return (
    <div className="page">
      <PageHead title={t.pageTitle} description={t.description} path="/" />
      <h1>{t.heading}</h1>
      <p className="lede">{t.lede}</p>

      <ViewResult>
        {/* A static host answers every address with the same file, so a plain form could not filter: without
            JavaScript the boxes are not shown, and this says why. The pages of cards are links and still work. */}
        <NoScriptNote>{t.noScript}</NoScriptNote>
        <form
          className="catalog-filters"
          role="search"
          aria-label={t.filters}
          data-needs-js=""
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="field">
            <label htmlFor={`${id}-q`}>{t.name}</label>
            <input
              ref={nameInput}
              id={`${id}-q`}
              type="search"
              // Someone about to filter: fetch the catalog index now, so the first keystroke filters at once.
              onFocus={onFiltersFocus}
              value={nameBox.text}
              maxLength={60}
              onChange={(event) => nameBox.setText(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-place`}>{t.place}</label>
            <select
              id={`${id}-place`}
              onFocus={onFiltersFocus}
              value={place?.id ?? ''}
              onChange={(event) =>
                onFiltersChange(
                  { ...typedFilters(), place: event.target.value || undefined },
                  { replace: false },
                )
              }
            >
              <option value="">{t.anyPlace}</option>
              {places.map((p) => (
                <option key={p.id} value={p.id} lang={contentLang()}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-pay`}>{t.minPay}</label>
            <input
              id={`${id}-pay`}
              onFocus={onFiltersFocus}
              inputMode="decimal"
              value={payBox.text}
              aria-invalid={pay.status === 'invalid'}
              aria-describedby={`${id}-pay-help`}
              onChange={(event) => payBox.setText(event.target.value)}
            />
            <p id={`${id}-pay-help`} className={pay.status === 'invalid' ? 'field__error' : 'field__help'}>
              {pay.status === 'invalid'
                ? pay.message
                : `${pay.status === 'valid' ? `${pay.understood} ` : ''}${t.minPayHelp}`}
            </p>
          </div>
        </form>

        <h2 className="visually-hidden" ref={listHeading} tabIndex={-1}>
          {pageCount > 1 ? fill(t.listHeadingPage, { page, pages: pageCount }) : t.listHeading}
        </h2>
        <p className="catalog-count" role="status">
          {filtering
            ? plural(matching, t.matching, { total: plural(total, t.count) })
            : plural(total, t.count)}
          {pageCount > 1 && fill(t.showingRange, { first: firstShown, last: lastShown })}
        </p>
        {shown.length === 0 ? (
          <div className="empty-note">
            <p>{t.noMatch}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onFiltersChange({}, { replace: false })
                // This button goes away with the empty state: start again from the first filter.
                nameInput.current?.focus()
              }}
            >
              {t.clearFilters}
            </button>
          </div>
        ) : (
          <ul className="card-list">
            {shown.map((career) => (
              <CareerCard key={career.id} career={career} filters={applied} />
            ))}
          </ul>
        )}
        <CatalogPager page={page} pageCount={pageCount} />
      </ViewResult>
    </div>
  )
}
