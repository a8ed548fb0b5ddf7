// Which state's professional tax applies to a place, read from the place's name as the content spells it. A place
// this cannot place in a state gets no in-hand estimate, said in words, rather than a guess.
import type { CitySalary } from '@/content/schema'
import { PROFESSIONAL_TAX, type StateId } from './take-home'
import { fill, messages } from '@/lib/i18n/runtime'

const CITY_STATES: Record<string, StateId> = {
  bangalore: 'karnataka',
  bengaluru: 'karnataka',
  hyderabad: 'telangana',
  pune: 'maharashtra',
  mumbai: 'maharashtra',
  gurugram: 'haryana',
  gurgaon: 'haryana',
  noida: 'uttar-pradesh',
  'greater noida': 'uttar-pradesh',
  ghaziabad: 'uttar-pradesh',
  delhi: 'delhi',
  'new delhi': 'delhi',
}

/** The National Capital Region named without its cities: Delhi and the NCR cities of Haryana and Uttar Pradesh. */
const NCR: StateId[] = ['delhi', 'haryana', 'uttar-pradesh']

export type PlaceStates = { ok: true; states: StateId[] } | { ok: false; reason: string }

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

export function placeStates(row: Pick<CitySalary, 'place' | 'placeKind'>): PlaceStates {
  if (row.placeKind === 'remote') {
    return {
      ok: false,
      reason: messages().salaries.noEstimate.remote,
    }
  }
  const name = fold(row.place)
  // "NCR (Gurugram + Noida)": the cities in brackets decide; "Delhi NCR" or "NCR" alone means the whole region.
  const inBrackets = /\(([^)]*)\)/.exec(name)?.[1]
  const parts = inBrackets ? inBrackets.split(/\s*(?:\+|,|&|\band\b|\/)\s*/) : [name]
  const states =
    !inBrackets && /^(?:delhi )?ncr$/.test(name) ? NCR : parts.map((part) => CITY_STATES[fold(part)])
  if (states.length === 0 || states.some((state) => state === undefined)) {
    return {
      ok: false,
      reason: fill(messages().salaries.noEstimate.unknownState, { place: row.place }),
    }
  }
  const known = [...new Set(states as StateId[])]
  // A region across states with different professional tax schedules has no one answer.
  const schedules = new Set(known.map((state) => JSON.stringify(PROFESSIONAL_TAX[state].slabs)))
  if (schedules.size > 1) {
    return {
      ok: false,
      reason: fill(messages().salaries.noEstimate.states, { place: row.place }),
    }
  }
  return { ok: true, states: known }
}
