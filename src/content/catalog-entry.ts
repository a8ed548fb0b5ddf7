// What the catalog knows of a career without loading it: enough for its card and its filters (name, place, pay).
// One entry per career, made from its module wherever the catalog is needed (./content-files.ts, ./registry.ts).
import type { Career, CitySalary, SalaryTable } from './schema'

export type CatalogPay = Pick<CitySalary, 'id' | 'place' | 'placeKind' | 'minLakh' | 'maxLakh'>

export interface CatalogEntry {
  id: string
  title: string
  region: string
  /** One line on what the work is. */
  summary: string
  salaries: Pick<SalaryTable, 'cohort' | 'measure'> & { rows: CatalogPay[] }
}

export function catalogEntry(career: Career): CatalogEntry {
  const { id, title, region, summary, salaries } = career
  return {
    id,
    title,
    region,
    summary,
    salaries: {
      cohort: salaries.cohort,
      measure: salaries.measure,
      rows: salaries.rows.map(({ id, place, placeKind, minLakh, maxLakh }) => ({
        id,
        place,
        placeKind,
        minLakh,
        maxLakh,
      })),
    },
  }
}
