// The careers the app knows. Adding a career is one module in ./careers and one line here.
import type { Career } from './schema'
import { pythonDeveloper } from './careers/python-developer'

const ALL: readonly Career[] = [pythonDeveloper]

// A Map, not an object lookup, so ids such as "__proto__" or "constructor" find nothing.
const BY_ID = new Map(ALL.map((career) => [career.id, career]))

export const careerRegistry = {
  list: (): readonly Career[] => ALL,
  byId: (id: string): Career | undefined => BY_ID.get(id),
}
