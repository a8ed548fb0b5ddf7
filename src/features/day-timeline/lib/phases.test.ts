import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import type { DayStep } from '@/content/schema'
import { groupByPhase } from './phases'

const step = (id: string, phase: DayStep['phase']): DayStep => ({
  id,
  title: id,
  text: id,
  phase,
  kind: 'planning',
  topics: [],
})

describe('groupByPhase', () => {
  it('groups the Python Developer day into its four phases, in order, keeping every step and its position', () => {
    const groups = groupByPhase(pythonDeveloper.day)
    expect(groups.map((g) => [g.phase, g.steps.length])).toEqual([
      ['morning', 4],
      ['midday', 1],
      ['afternoon', 5],
      ['end-of-day', 1],
    ])
    expect(groups.flatMap((g) => g.steps.map((s) => s.index))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(groups.flatMap((g) => g.steps.map((s) => s.step))).toEqual(pythonDeveloper.day)
  })

  it('never reorders the day: a phase that comes back later gets a group of its own', () => {
    const day = [step('a', 'morning'), step('b', 'afternoon'), step('c', 'morning')]
    expect(groupByPhase(day).map((g) => [g.phase, g.steps.map((s) => s.step.id)])).toEqual([
      ['morning', ['a']],
      ['afternoon', ['b']],
      ['morning', ['c']],
    ])
  })

  it('gives no groups for an empty day', () => {
    expect(groupByPhase([])).toEqual([])
  })
})
