import { useDeferredValue, useEffect, useMemo, type ReactNode } from 'react'
import type { Career } from '@/content/schema'
import {
  COMMUNITY_FORMAT_GROUPS,
  COMMUNITY_FORMAT_GROUP_LABELS,
  RESOURCE_KINDS,
  RESOURCE_KIND_LABELS,
  TOPICS,
} from '@/content/vocabulary'
import { CAREER_SECTIONS, type CareerSectionId } from '@/lib/career-sections'
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

interface SectionContext {
  career: Career
  view: (section: CareerSectionId) => ListView
  filters: ContentFilters
  onFiltersChange: FiltersChange
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
  day: ({ career, view }) => <DayList steps={career.day} view={view('day')} />,
  mistakes: ({ career, view }) => <MistakeList mistakes={career.mistakes} view={view('mistakes')} />,
  salaries: ({ career, view }) => <SalaryTable salaries={career.salaries} view={view('salaries')} />,
  'notable-indians': ({ career }) => (
    <NotablePeople people={career.notableIndians} sourceName={career.source.publisher} />
  ),
  communities: ({ career, view, filters, onFiltersChange, items }) => {
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
          onToggle={(g) =>
            onFiltersChange({ ...filters, formats: toggle(filters.formats, g) }, { replace: false })
          }
        />
        <CommunityList communities={career.communities} view={view('communities')} />
      </>
    )
  },
  resources: ({ career, view, filters, onFiltersChange, items }) => {
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
            onToggle={(k) =>
              onFiltersChange({ ...filters, kinds: toggle(filters.kinds, k) }, { replace: false })
            }
          />
          <FacetChips
            label="Focus"
            options={[{ value: 'india', label: 'India-focused', count: india }]}
            selected={filters.india ? ['india'] : []}
            onToggle={() =>
              onFiltersChange({ ...filters, india: filters.india ? undefined : true }, { replace: false })
            }
          />
        </div>
        <ResourceList resources={career.resources} view={view('resources')} />
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
  filters = NO_FILTERS,
  onFiltersChange = IGNORE_CHANGE,
}: {
  career: Career
  targetId?: string
  filters?: ContentFilters
  onFiltersChange?: FiltersChange
}) {
  useFocusTarget(targetId)
  const items = useMemo(() => careerItems(career), [career])
  const topics = useMemo(() => TOPICS.filter((t) => items.some((i) => i.topics.includes(t))), [items])
  // The lists follow the filters a beat behind the controls, so typing never waits for 62 items to re-render.
  const applied = useDeferredValue(filters)
  const filtering = hasActiveFilters(applied)

  const { visible, perSection } = useMemo(() => {
    const matches = items.filter(itemMatcher(applied))
    const counts = new Map<CareerSectionId, number>()
    for (const item of matches) counts.set(item.section, (counts.get(item.section) ?? 0) + 1)
    return { visible: new Set(matches.map((i) => `${i.section}/${i.id}`)), perSection: counts }
  }, [items, applied])

  const tokens = useMemo(() => queryTokens(applied.q ?? ''), [applied.q])
  const ctx: SectionContext = {
    career,
    filters,
    onFiltersChange,
    items,
    view: (section) => ({ isVisible: (id) => visible.has(`${section}/${id}`), tokens }),
  }

  return (
    <article className="page career-page">
      <title>{`${career.title} in ${career.region} · Career Explorer`}</title>
      <header className="career-header">
        <p className="career-header__region">{career.region}</p>
        <h1>{career.title}</h1>
        <p className="source-line">
          Source:{' '}
          <a href={career.source.url} rel="noopener noreferrer">
            {career.source.publisher}
          </a>
          &rsquo;s &ldquo;{career.source.title}&rdquo; career page.
        </p>
      </header>

      <FilterBar
        filters={filters}
        onChange={onFiltersChange}
        topics={topics}
        shown={visible.size}
        total={items.length}
      />

      <ContentsNav career={career} matches={filtering ? perSection : undefined} />

      {CAREER_SECTIONS.map(({ id, heading }) => {
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
      })}
    </article>
  )
}

/**
 * `#resources-fluent-python` (from search, a cross-link or the contents list): scroll to that item or section,
 * mark it, and move keyboard focus to it so the next Tab continues from there.
 */
function useFocusTarget(targetId: string) {
  useEffect(() => {
    if (!targetId) return
    const target = document.getElementById(targetId)
    if (!target) return
    target.setAttribute('data-target', '')
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1
    target.scrollIntoView({ block: 'start' })
    target.focus({ preventScroll: true })
    return () => target.removeAttribute('data-target')
  }, [targetId])
}
