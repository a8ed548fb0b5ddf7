// Written by `npm run gen:catalog` from src/content/careers — do not edit by hand.
import type { CatalogEntry } from './catalog-entry'

export const generatedCatalog: readonly CatalogEntry[] = [
  {
    id: 'python-developer',
    title: 'Python Developer',
    region: 'India',
    summary:
      'Python Developers build and maintain backend services, APIs, automation scripts, and data tooling using Python as the primary language.',
    salaries: {
      cohort: 'Mid-level',
      measure: 'total cash compensation',
      rows: [
        { id: 'bangalore', place: 'Bangalore', placeKind: 'city', minLakh: 12, maxLakh: 22 },
        { id: 'hyderabad', place: 'Hyderabad', placeKind: 'city', minLakh: 11, maxLakh: 20 },
        { id: 'pune', place: 'Pune', placeKind: 'city', minLakh: 10, maxLakh: 17 },
        { id: 'ncr', place: 'NCR (Gurugram + Noida)', placeKind: 'region', minLakh: 11, maxLakh: 19 },
        { id: 'mumbai', place: 'Mumbai', placeKind: 'city', minLakh: 11, maxLakh: 19 },
        {
          id: 'remote-international',
          place: 'Remote / international',
          placeKind: 'remote',
          minLakh: 20,
          maxLakh: 45,
        },
      ],
    },
  },
]
