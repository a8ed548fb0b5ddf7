import { memo, useMemo, type ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import type { Career } from '@/content/schema'
import { CAREER_SECTIONS, careerSectionHeading, type CareerSectionId } from '@/lib/career-sections'
import { hasActiveFilters, type ContentFilters } from '@/lib/content-search/filter'
import { queryTokens } from '@/lib/content-search/fold'
import type { ContentItem } from '@/lib/content-search/items'
import { toggleInList } from '@/lib/list-toggle'
import { COMMUNITY_FORMAT_GROUPS, RESOURCE_KINDS } from '@/content/vocabulary'
import { careerFacets, type CareerFacets } from '../lib/facets'
import { CareerSection } from './career-section'
import { CommunityList } from './community-list'
import { DayList } from './day-list'
import { FacetChips } from './facet-chips'
import { LabelledList } from './labelled-list'
import type { ListView } from './list-view'
import { MistakeList } from './mistake-list'
import { NotablePeople } from './notable-people'
import { ResourceList } from './resource-list'
import { SalaryTable } from './salary-table'
import { messages } from '@/lib/i18n/runtime'
import { contentLang } from '@/components/in-english'

interface SectionContext {
  career: Career
  view: (section: CareerSectionId) => ListView
  filters: ContentFilters
  /** Apply a change to the current filters (pushes a history entry). */
  patchFilters: (patch: ContentFilters) => void
  facets: CareerFacets
}

// One body per section; CAREER_SECTIONS decides the order, so the contents list and the page always agree.
const SECTION_BODIES: Record<CareerSectionId, (ctx: SectionContext) => ReactNode> = {
  overview: ({ career }) => <p lang={contentLang()}>{career.overview}</p>,
  day: ({ career, view }) => (
    <>
      <p className="section-link">
        <Link to="/careers/$careerId/day" params={{ careerId: career.id }}>
          {messages().career.walkTheDay}
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
          {messages().career.compareOnChart}
        </Link>
      </p>
    </>
  ),
  'notable-indians': ({ career }) => (
    <NotablePeople people={career.notableIndians} sourceName={career.source.publisher} />
  ),
  communities: ({ career, view, filters, patchFilters, facets }) => (
    <>
      <FacetChips
        label={messages().career.howYouTakePart}
        options={facets.formats}
        selected={filters.formats ?? []}
        onToggle={(g) => patchFilters({ formats: toggleInList(filters.formats, g, COMMUNITY_FORMAT_GROUPS) })}
      />
      <CommunityList careerId={career.id} communities={career.communities} view={view('communities')} />
    </>
  ),
  resources: ({ career, view, filters, patchFilters, facets }) => (
    <>
      <div className="facets">
        <FacetChips
          label={messages().career.kind}
          options={facets.kinds}
          selected={filters.kinds ?? []}
          onToggle={(k) => patchFilters({ kinds: toggleInList(filters.kinds, k, RESOURCE_KINDS) })}
        />
        <FacetChips
          label={messages().career.focus}
          options={[{ value: 'india', label: messages().career.indiaFocused, count: facets.india }]}
          selected={filters.india ? ['india'] : []}
          onToggle={() => patchFilters({ india: filters.india ? undefined : true })}
        />
      </div>
      <ResourceList careerId={career.id} resources={career.resources} view={view('resources')} />
    </>
  ),
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

/**
 * Every section, in the source page's order; a section with no match is collapsed to a note. Memoized so a
 * keystroke re-renders only the filter bar until the deferred filters catch up.
 */
export const CareerSections = memo(function CareerSections({
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
  /** `section/id` of each item that matches. */
  visible: ReadonlySet<string>
  perSection: ReadonlyMap<CareerSectionId, number>
  patchFilters: (patch: ContentFilters) => void
}) {
  const filtering = hasActiveFilters(applied)
  const tokens = useMemo(() => queryTokens(applied.q ?? ''), [applied.q])
  // The chips count the whole career, whatever the filters: counted once per career.
  const facets = useMemo(() => careerFacets(items), [items])
  const ctx: SectionContext = {
    career,
    filters: applied,
    patchFilters,
    facets,
    view: (section) => ({ isVisible: (id) => visible.has(`${section}/${id}`), tokens }),
  }
  return CAREER_SECTIONS.map(({ id }) => {
    const heading = careerSectionHeading(id)
    const collapsed =
      filtering &&
      (id === 'overview' ? Boolean(applied.section) : id !== 'notable-indians' && !perSection.get(id))
    return (
      <CareerSection key={id} id={id} heading={heading}>
        {collapsed ? (
          <p className="section-note collapsed-note">{messages().career.noMatchInSection}</p>
        ) : (
          SECTION_BODIES[id](ctx)
        )}
      </CareerSection>
    )
  })
})
