import { useDeferredValue, useMemo, useRef } from 'react'
import { ViewResult } from '@/components/layout/view-result'
import { PageHead } from '@/components/layout/page-head'
import { NoScriptNote } from '@/components/layout/without-javascript'
import { SourceCredit } from '@/components/source-credit'
import type { Career } from '@/content/schema'
import { TOPICS } from '@/content/vocabulary'
import { careerPayInWords } from '@/lib/career-pay-words'
import { careerSectionHeading, sectionItemCount, type CareerSectionId } from '@/lib/career-sections'
import { hasActiveFilters, itemMatcher, type ContentFilters } from '@/lib/content-search/filter'
import { careerItems } from '@/lib/content-search/items'
import { CareerSections } from './components/career-sections'
import { ContentsNav } from './components/contents-nav'
import { FilterBar, type FiltersChange } from './components/filter-bar'
import { useFiltersInUrl } from './hooks/use-filters-in-url'
import { useFocusInViewAfterHistory } from './hooks/use-focus-in-view-after-history'
import { useFocusTarget } from './hooks/use-focus-target'
import './career-page.css'
import { fill, messages } from '@/lib/i18n/runtime'
import { contentLang } from '@/components/in-english'

const NO_FILTERS: ContentFilters = {}
const IGNORE_CHANGE: FiltersChange = () => undefined

/** `/careers/$careerId`: every section of the career, in the source page's order, filterable. */
export function CareerPage({
  career,
  targetId = '',
  navKey,
  filters = NO_FILTERS,
  onFiltersChange = IGNORE_CHANGE,
  shareUrl = () => window.location.href,
}: {
  career: Career
  targetId?: string
  /** Changes with every navigation, so arriving at the same #item again is noticed. */
  navKey?: string
  filters?: ContentFilters
  onFiltersChange?: FiltersChange
  /** The full address of this page with the given filters (the query may not be in the URL yet). */
  shareUrl?: (filters: ContentFilters) => string
}) {
  const items = useMemo(() => careerItems(career), [career])
  const topics = useMemo(() => TOPICS.filter((t) => items.some((i) => i.topics.includes(t))), [items])

  const { current, query, setQuery, pushFilters, patchFilters } = useFiltersInUrl(filters, onFiltersChange)

  // The lists follow the filters a beat behind the controls, so typing never waits for 62 items to re-render.
  const applied = useDeferredValue(current)
  const { visible, perSection } = useMemo(() => {
    const matches = items.filter(itemMatcher(applied))
    const counts = new Map<CareerSectionId, number>()
    for (const item of matches) counts.set(item.section, (counts.get(item.section) ?? 0) + 1)
    return { visible: new Set(matches.map((i) => `${i.section}/${i.id}`)), perSection: counts }
  }, [items, applied])
  const filtering = hasActiveFilters(applied)
  useFocusTarget(targetId, navKey ?? targetId, visible)
  const articleRef = useRef<HTMLElement>(null)
  const filterToggleRef = useRef<HTMLButtonElement>(null)
  useFocusInViewAfterHistory(articleRef, filterToggleRef, applied)

  const t = messages().career
  return (
    <article ref={articleRef} className="page career-page">
      <PageHead
        title={fill(t.pageTitle, { career: career.title, region: career.region })}
        description={`${career.summary} ${careerPayInWords(career)}`}
        path={`/careers/${career.id}`}
      />
      <header className="career-header">
        <p className="career-header__region" lang={contentLang()}>
          {career.region}
        </p>
        <h1 lang={contentLang()}>{career.title}</h1>
        <p className="source-line">
          <SourceCredit source={career.source} />
        </p>
        <button
          type="button"
          className="button button--secondary print-button"
          // Without JavaScript the browser's own Print still prints the page as print.css lays it out.
          data-needs-js=""
          onClick={() => window.print()}
        >
          {t.print}
        </button>
      </header>

      <NoScriptNote>{t.noScript}</NoScriptNote>

      <ViewResult>
        <FilterBar
          filters={current}
          onChange={pushFilters}
          query={query}
          onQueryChange={setQuery}
          toggleRef={filterToggleRef}
          topics={topics}
          shown={visible.size}
          total={items.length}
          emptySection={emptySourceSection(career, current.section)}
          shareUrl={() => shareUrl(current)}
        />

        <ContentsNav career={career} matches={filtering ? perSection : undefined} />

        <CareerSections
          career={career}
          items={items}
          applied={applied}
          visible={visible}
          perSection={perSection}
          patchFilters={patchFilters}
        />
      </ViewResult>
    </article>
  )
}

/** The heading of the chosen section when the source page leaves it empty (Notable Indians), else undefined. */
function emptySourceSection(career: Career, section: CareerSectionId | undefined): string | undefined {
  if (!section || sectionItemCount(career, section) !== 0) return undefined
  return careerSectionHeading(section)
}
