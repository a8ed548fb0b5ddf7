import type { ReactNode } from 'react'
import type { CareerSectionId } from '@/lib/career-sections'

export function CareerSection({
  id,
  heading,
  children,
}: {
  id: CareerSectionId
  heading: string
  children: ReactNode
}) {
  const headingId = `${id}-heading`
  return (
    <section id={id} aria-labelledby={headingId} className="career-section">
      <h2 id={headingId}>{heading}</h2>
      {children}
    </section>
  )
}
