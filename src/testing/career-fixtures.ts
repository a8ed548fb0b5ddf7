// Generated careers for tests of lists, filters and search at scale. Test fixtures only: never imported by the app.
import { pythonDeveloper } from '@/content/careers/python-developer'
import type { Career } from '@/content/schema'

const WORDS = [
  'Data',
  'Cloud',
  'Mobile',
  'Security',
  'Platform',
  'Frontend',
  'Backend',
  'ML',
  'Game',
  'Embedded',
]
const ROLES = ['Engineer', 'Developer', 'Analyst', 'Architect', 'Scientist']
const PLACES = [
  { id: 'bangalore', place: 'Bangalore', placeKind: 'city' },
  { id: 'pune', place: 'Pune', placeKind: 'city' },
  { id: 'chennai', place: 'Chennai', placeKind: 'city' },
  { id: 'remote-international', place: 'Remote / international', placeKind: 'remote' },
] as const

/** `count` distinct careers with deterministic titles and salary ranges (lakh a year). */
export function generateCareers(count: number): Career[] {
  return Array.from({ length: count }, (_, i) => {
    const title = `${WORDS[i % WORDS.length]} ${ROLES[Math.floor(i / WORDS.length) % ROLES.length]} ${i + 1}`
    // Every third career lacks Chennai, so "in Chennai" filters have something to drop.
    const places = PLACES.filter((p) => p.id !== 'chennai' || i % 3 !== 0)
    return {
      ...pythonDeveloper,
      id: `career-${i + 1}`,
      title,
      summary: `${title} summary.`,
      salaries: {
        ...pythonDeveloper.salaries,
        rows: places.map((p, j) => {
          const minLakh = 4 + ((i * 7 + j * 3) % 20)
          return { ...p, minLakh, maxLakh: minLakh + 2 + ((i + j) % 15) }
        }),
      },
    }
  })
}
