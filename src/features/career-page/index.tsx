import type { ReactNode } from 'react'
import type { Career } from '@/content/schema'
import { CareerSection } from './components/career-section'
import { CommunityList } from './components/community-list'
import { ContentsNav } from './components/contents-nav'
import { DayList } from './components/day-list'
import { LabelledList } from './components/labelled-list'
import { MistakeList } from './components/mistake-list'
import { NotablePeople } from './components/notable-people'
import { ResourceList } from './components/resource-list'
import { SalaryTable } from './components/salary-table'
import { CAREER_SECTIONS, type CareerSectionId } from '@/lib/career-sections'

// One body per section; CAREER_SECTIONS decides the order, so the contents list and the page always agree.
const SECTION_BODIES: Record<CareerSectionId, (career: Career) => ReactNode> = {
  overview: (career) => <p>{career.overview}</p>,
  day: (career) => <DayList steps={career.day} />,
  mistakes: (career) => <MistakeList mistakes={career.mistakes} />,
  salaries: (career) => <SalaryTable salaries={career.salaries} />,
  'notable-indians': (career) => (
    <NotablePeople people={career.notableIndians} sourceName={career.source.publisher} />
  ),
  communities: (career) => <CommunityList careerId={career.id} communities={career.communities} />,
  resources: (career) => <ResourceList careerId={career.id} resources={career.resources} />,
  responsibilities: (career) => <LabelledList section="responsibilities" items={career.responsibilities} />,
  advantages: (career) => <LabelledList section="advantages" items={career.advantages} />,
  challenges: (career) => <LabelledList section="challenges" items={career.challenges} />,
  education: (career) => <LabelledList section="education" items={career.education} />,
}

/** `/careers/$careerId`: every section of the career, in the source page's order. */
export function CareerPage({ career }: { career: Career }) {
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

      <ContentsNav career={career} />

      {CAREER_SECTIONS.map(({ id, heading }) => (
        <CareerSection key={id} id={id} heading={heading}>
          {SECTION_BODIES[id](career)}
        </CareerSection>
      ))}
    </article>
  )
}
