import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { placeStates } from './place-states'

describe('placeStates', () => {
  it('places every Indian row of the content in a state', () => {
    const byPlace = Object.fromEntries(
      pythonDeveloper.salaries.rows.map((row) => [row.place, placeStates(row)]),
    )
    expect(byPlace).toMatchObject({
      Bangalore: { ok: true, states: ['karnataka'] },
      Hyderabad: { ok: true, states: ['telangana'] },
      Pune: { ok: true, states: ['maharashtra'] },
      Mumbai: { ok: true, states: ['maharashtra'] },
      'NCR (Gurugram + Noida)': { ok: true, states: ['haryana', 'uttar-pradesh'] },
      'Remote / international': { ok: false },
    })
  })

  it('says why remote work has no estimate', () => {
    const result = placeStates({ place: 'Remote / international', placeKind: 'remote' })
    expect(result.ok ? '' : result.reason).toMatch(/employer’s country/)
  })

  it('gives no estimate for a place it cannot put in a state, rather than a guess', () => {
    const result = placeStates({ place: 'Chennai', placeKind: 'city' })
    expect(result).toEqual({
      ok: false,
      reason: 'No estimate: which state’s professional tax applies in Chennai is not known here.',
    })
    expect(placeStates({ place: 'NCR (Gurugram + Kochi)', placeKind: 'region' }).ok).toBe(false)
  })

  it('reads Delhi NCR as the whole region, and Bengaluru as Bangalore', () => {
    expect(placeStates({ place: 'Delhi NCR', placeKind: 'region' })).toEqual({
      ok: true,
      states: ['delhi', 'haryana', 'uttar-pradesh'],
    })
    expect(placeStates({ place: 'Bengaluru', placeKind: 'city' })).toEqual({
      ok: true,
      states: ['karnataka'],
    })
  })

  it('refuses a region across states whose professional tax differs', () => {
    expect(placeStates({ place: 'West (Pune + Gurugram)', placeKind: 'region' }).ok).toBe(false)
  })
})
