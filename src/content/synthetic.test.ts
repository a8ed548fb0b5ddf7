// Synthetic careers (tests/synthetic) exist only for measurement: shaped like a real one, valid, and never in a
// normal build.
import { describe, expect, it } from 'vitest'
import { syntheticCareersPlugin, syntheticCount } from '../../scripts/synthetic-careers-plugin.mjs'
import { syntheticCareers } from '../../tests/synthetic/careers'
import { pythonDeveloper } from './careers/python-developer'
import { careerSchema } from './schema'

const sections = [
  'day',
  'mistakes',
  'notableIndians',
  'communities',
  'resources',
  'responsibilities',
] as const

describe('synthetic careers', () => {
  const careers = syntheticCareers(pythonDeveloper, 3)

  it('satisfy the content schema, with their own ids and titles', () => {
    for (const career of careers) expect(careerSchema.safeParse(career).success).toBe(true)
    expect(careers.map((c) => [c.id, c.title])).toEqual([
      ['synthetic-career-1', 'Synthetic career 1'],
      ['synthetic-career-2', 'Synthetic career 2'],
      ['synthetic-career-3', 'Synthetic career 3'],
    ])
  })

  it('have the real career’s sections, item counts and text lengths, in other words', () => {
    const [one] = careers
    for (const section of sections) expect(one?.[section]).toHaveLength(pythonDeveloper[section].length)
    expect(one?.overview).toHaveLength(pythonDeveloper.overview.length)
    expect(one?.overview).not.toBe(pythonDeveloper.overview)
    expect(one?.day[0]?.phase).toBe(pythonDeveloper.day[0]?.phase)
    expect(careers[1]?.overview).not.toBe(one?.overview)
  })

  it('are the same for the same N (a benchmark compares like with like)', () => {
    expect(syntheticCareers(pythonDeveloper, 3)).toEqual(careers)
  })
})

describe('the build switch', () => {
  it('reads SYNTHETIC_CAREERS as a whole number, unset meaning none', () => {
    expect(syntheticCount(undefined)).toBe(0)
    expect(syntheticCount('')).toBe(0)
    expect(syntheticCount('1000')).toBe(1000)
    for (const bad of ['-1', '1.5', 'lots', '10000'])
      expect(() => syntheticCount(bad)).toThrow(/SYNTHETIC_CAREERS/)
  })

  it('without it, the module is empty and the generator never runs', async () => {
    const plugin = syntheticCareersPlugin(0)
    const load = plugin.load as (id: string) => Promise<string | undefined>
    expect(await load('\0virtual:synthetic-careers')).toBe('export const syntheticCareers = []')
  })

  it('with N, the module holds N careers', async () => {
    const plugin = syntheticCareersPlugin(2)
    const load = plugin.load as (id: string) => Promise<string>
    const careers = await load('\0virtual:synthetic-careers')
    expect(careers.match(/"id":"synthetic-career-\d+"/g)).toEqual([
      '"id":"synthetic-career-1"',
      '"id":"synthetic-career-2"',
    ])
  })
})
