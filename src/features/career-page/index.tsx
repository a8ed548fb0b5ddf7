import { ViewResult } from '@/components/layout/view-result'
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react'
import { Link } from '@tanstack/react-router'
import { SourceCredit } from '@/components/source-credit'
import { focusTarget } from '@/lib/focus-target'
import { TYPING_PAUSE_MS, useUrlText } from '@/lib/use-url-text'
import type { Career } from '@/content/schema'
import {
  COMMUNITY_FORMAT_GROUPS,
  COMMUNITY_FORMAT_GROUP_LABELS,
  RESOURCE_KINDS,
  RESOURCE_KIND_LABELS,
  TOPICS,
} from '@/content/vocabulary'
import { CAREER_SECTIONS, sectionItemCount, type CareerSectionId } from '@/lib/career-sections'
import { hasActiveFilters, itemMatcher, type ContentFilters } from '@/lib/content-search/filter'
import { queryTokens } from '@/lib/content-search/fold'
import { careerItems, type ContentItem } from '@/lib/content-search/items'
import { CareerSection } from './components/career-section'
import { CommunityList } from './components/community-list'
import { ContentsNav } from './components/contents-nav'
import { DayList } from './components/day-list'
import { FacetChips } from './components/facet-chips'
import { FilterBar, type FiltersChange } from './components/filter-bar'
import { LabelledList } from './components/labelled-list'
import type { ListView } from './components/list-view'
import { MistakeList } from './components/mistake-list'
import { NotablePeople } from './components/notable-people'
import { ResourceList } from './components/resource-list'
import { SalaryTable } from './components/salary-table'
import { PageHead } from '@/components/layout/page-head'
import { NoScriptNote } from '@/components/layout/without-javascript'
import { careerPayInWords } from '@/lib/career-pay-words'
import './career-page.css'

interface SectionContext {
  career: Career
  view: (section: CareerSectionId) => ListView
  filters: ContentFilters
  /** Apply a change to the current filters (pushes a history entry). */
  patchFilters: (patch: ContentFilters) => void
  items: readonly ContentItem[]
}

const toggle = <T,>(list: readonly T[] | undefined, value: T): T[] | undefined => {
  const next = list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value]
  return next.length ? next : undefined
}

const countBy = <T extends string>(
  items: readonly ContentItem[],
  pick: (item: ContentItem) => readonly T[],
) => {
  const counts = new Map<T, number>()
  for (const item of items) for (const value of pick(item)) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

// One body per section; CAREER_SECTIONS decides the order, so the contents list and the page always agree.
const SECTION_BODIES: Record<CareerSectionId, (ctx: SectionContext) => ReactNode> = {
  overview: ({ career }) => <p>{career.overview}</p>,
  day: ({ career, view }) => (
    <>
      <p className="section-link">
        <Link to="/careers/$careerId/day" params={{ careerId: career.id }}>
          Walk through the day step by step
        </Link>
      </p>
      <DayList steps={career.day} view={view('day')} />
    </>
  ),
  mistakes: ({ career, view }) => <MistakeList mistakes={career.mistakes} view={view('mistakes')} />,
  salaries: ({ career, view }) => (
    <>
      <SalaryTable salaries={career.salaries} view={view('salaries')} />
      <p className="section-link">
        <Link to="/careers/$careerId/salaries" params={{ careerId: career.id }}>
          Compare these ranges on a chart and see where your offer sits
        </Link>
      </p>
    </>
  ),
  'notable-indians': ({ career }) => (
    <NotablePeople people={career.notableIndians} sourceName={career.source.publisher} />
  ),
  communities: ({ career, view, filters, patchFilters, items }) => {
    const counts = countBy(items, (i) => (i.section === 'communities' ? (i.formatGroups ?? []) : []))
    return (
      <>
        <FacetChips
          label="How you take part"
          options={COMMUNITY_FORMAT_GROUPS.filter((g) => counts.has(g)).map((g) => ({
            value: g,
            label: COMMUNITY_FORMAT_GROUP_LABELS[g],
            count: counts.get(g) ?? 0,
          }))}
          selected={filters.formats ?? []}
          onToggle={(g) => patchFilters({ formats: toggle(filters.formats, g) })}
        />
        <CommunityList careerId={career.id} communities={career.communities} view={view('communities')} />
      </>
    )
  },
  resources: ({ career, view, filters, patchFilters, items }) => {
    const counts = countBy(items, (i) => (i.resourceKind ? [i.resourceKind] : []))
    const india = items.filter((i) => i.indiaFocused).length
    return (
      <>
        <div className="facets">
          <FacetChips
            label="Kind"
            options={RESOURCE_KINDS.filter((k) => counts.has(k)).map((k) => ({
              value: k,
              label: RESOURCE_KIND_LABELS[k],
              count: counts.get(k) ?? 0,
            }))}
            selected={filters.kinds ?? []}
            onToggle={(k) => patchFilters({ kinds: toggle(filters.kinds, k) })}
          />
          <FacetChips
            label="Focus"
            options={[{ value: 'india', label: 'India-focused', count: india }]}
            selected={filters.india ? ['india'] : []}
            onToggle={() => patchFilters({ india: filters.india ? undefined : true })}
          />
        </div>
        <ResourceList careerId={career.id} resources={career.resources} view={view('resources')} />
      </>
    )
  },
  responsibilities: ({ career, view }) => (
    <LabelledList
      section="responsibilities"
      items={career.responsibilities}
      view={view('responsibilities')}
    />
  ),
  advantages: ({ career, view }) => (
    <LabelledList section="advantages" items={career.advantages} view={view('advantages')} />
  ),
  challenges: ({ career, view }) => (
    <LabelledList section="challenges" items={career.challenges} view={view('challenges')} />
  ),
  education: ({ career, view }) => (
    <LabelledList section="education" items={career.education} view={view('education')} />
  ),
}

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

  // The query box is the page's own state, so a keystroke never waits for a navigation. It follows the URL when
  // the URL changes by other means (Back, a shared link, Clear all), and is written to it once typing pauses.
  const latest = useRef({ filters, onFiltersChange })
  useLayoutEffect(() => {
    latest.current = { filters, onFiltersChange }
  })
  const queryBox = useUrlText({
    value: filters.q,
    textFor: (q) => q ?? '',
    parse: (text) => text.trim() || undefined,
    write: (q) => latest.current.onFiltersChange({ ...latest.current.filters, q }, { replace: true }),
    delayMs: TYPING_PAUSE_MS,
  })
  const query = queryBox.text
  const current = useMemo(() => ({ ...filters, q: queryBox.typed }), [filters, queryBox.typed])
  const currentRef = useRef(current)
  useLayoutEffect(() => {
    currentRef.current = current
  })
  // A pushed change (chip, section, Clear all) first writes any query still waiting, so Back returns to it.
  const { flush } = queryBox
  const pushFilters = useCallback<FiltersChange>(
    (next, options) => {
      if (!options.replace) flush()
      latest.current.onFiltersChange(next, options)
    },
    [flush],
  )
  const patchFilters = useCallback(
    (patch: ContentFilters) => pushFilters({ ...currentRef.current, ...patch }, { replace: false }),
    [pushFilters],
  )

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
  useFocusInViewAfterHistory(articleRef, applied)

  return (
    <article ref={articleRef} className="page career-page">
      <PageHead
        title={`${career.title} in ${career.region}`}
        description={`${career.summary} ${careerPayInWords(career)}`}
        path={`/careers/${career.id}`}
      />
      <header className="career-header">
        <p className="career-header__region">{career.region}</p>
        <h1>{career.title}</h1>
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
          Print this career
        </button>
      </header>

      <NoScriptNote>
        Filtering this page and saving items to your reading list need JavaScript, which is off here: every
        section is shown in full below.
      </NoScriptNote>

      <ViewResult>
        <FilterBar
          filters={current}
          onChange={pushFilters}
          query={query}
          onQueryChange={queryBox.setText}
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

/** Every section; memoized so a keystroke re-renders only the filter bar until the deferred filters catch up. */
const CareerSections = memo(function CareerSections({
  career,
  items,
  applied,
  visible,
  perSection,
  patchFilters,
}: {
  career: Career
  items: readonly ContentItem[]
  applied: ContentFilters
  visible: ReadonlySet<string>
  perSection: ReadonlyMap<CareerSectionId, number>
  patchFilters: (patch: ContentFilters) => void
}) {
  const filtering = hasActiveFilters(applied)
  const tokens = useMemo(() => queryTokens(applied.q ?? ''), [applied.q])
  const ctx: SectionContext = {
    career,
    filters: applied,
    patchFilters,
    items,
    view: (section) => ({ isVisible: (id) => visible.has(`${section}/${id}`), tokens }),
  }
  return CAREER_SECTIONS.map(({ id, heading }) => {
    const collapsed =
      filtering &&
      (id === 'overview' ? Boolean(applied.section) : id !== 'notable-indians' && !perSection.get(id))
    return (
      <CareerSection key={id} id={id} heading={heading}>
        {collapsed ? (
          <p className="section-note collapsed-note">No items in this section match the filters.</p>
        ) : (
          SECTION_BODIES[id](ctx)
        )}
      </CareerSection>
    )
  })
})

/**
 * `#resources-fluent-python` (from search, a cross-link or the contents list): scroll to that item or section,
 * mark it, and move keyboard focus to it so the next Tab continues from there. Once per navigation (`navKey`), so
 * choosing the same item again works too; and only once the item is on the page, since the lists may still be
 * catching up with the filters (`ready` changes when they do).
 */
function useFocusTarget(targetId: string, navKey: string, ready: unknown) {
  const handled = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (!targetId || handled.current === navKey) return
    if (focusTarget(targetId)) handled.current = navKey
  }, [targetId, navKey, ready])
}

/**
 * Back and Forward change the filters under a control that keeps focus (a chip, the section picker). The browser
 * restores the old scroll offset while the sections above change height, so that control can end up off screen:
 * once the lists have caught up, it is brought back into view. Focus stays on it — the reader's place, and its
 * pressed state shows what Back undid. If it is no longer shown (the phone's filter panel closed), the filter
 * panel's toggle gets focus.
 */
function useFocusInViewAfterHistory(articleRef: RefObject<HTMLElement | null>, applied: ContentFilters) {
  const fromHistory = useRef(false)
  useEffect(() => {
    const onPopState = () => {
      fromHistory.current = true
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])
  useEffect(() => {
    if (!fromHistory.current) return
    fromHistory.current = false
    const frame = requestAnimationFrame(() => {
      const article = articleRef.current
      const focused = document.activeElement
      if (!article || !(focused instanceof HTMLElement) || !article.contains(focused)) return
      if (!focused.checkVisibility()) {
        article.querySelector<HTMLElement>('.filter-bar__toggle')?.focus()
        return
      }
      const box = focused.getBoundingClientRect()
      if (box.top < 0 || box.bottom > window.innerHeight) focused.scrollIntoView({ block: 'center' })
    })
    return () => cancelAnimationFrame(frame)
  }, [articleRef, applied])
}

/** The heading of the chosen section when the source page leaves it empty (Notable Indians), else undefined. */
function emptySourceSection(career: Career, section: CareerSectionId | undefined): string | undefined {
  if (!section || sectionItemCount(career, section) !== 0) return undefined
  return CAREER_SECTIONS.find((entry) => entry.id === section)?.heading
}
