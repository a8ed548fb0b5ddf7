import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { countByKind, highlightSummary, isHighlighted } from './filter'

const day = pythonDeveloper.day

describe('isHighlighted', () => {
  it('highlights nothing when no kind is chosen', () => {
    expect(day.filter((step) => isHighlighted(step, []))).toEqual([])
  })

  it('highlights the steps of the chosen kinds', () => {
    const ids = day.filter((step) => isHighlighted(step, ['meeting', 'review'])).map((s) => s.id)
    expect(ids).toEqual(['daily-standup', 'review-teammate-prs', 'architecture-review'])
  })
})

describe('highlightSummary', () => {
  it('says how many of the steps are highlighted, and by which kinds', () => {
    expect(highlightSummary(day, ['meeting', 'review'])).toBe('3 of 11 steps highlighted: Meeting, Review.')
    expect(highlightSummary(day, ['break'])).toBe('1 of 11 steps highlighted: Break.')
  })

  it('says when nothing is chosen', () => {
    expect(highlightSummary(day, [])).toBe('No kind chosen: all 11 steps shown alike.')
  })
})

describe('countByKind', () => {
  it('counts steps per kind, most first, leaving out kinds with none; the counts add up to the day', () => {
    const counts = countByKind(day)
    expect(counts).toEqual([
      { kind: 'meeting', count: 2 },
      { kind: 'deep-work', count: 2 },
      { kind: 'communication', count: 2 },
      { kind: 'planning', count: 1 },
      { kind: 'break', count: 1 },
      { kind: 'review', count: 1 },
      { kind: 'incident', count: 1 },
      { kind: 'mentoring', count: 1 },
    ])
    expect(counts.reduce((sum, row) => sum + row.count, 0)).toBe(day.length)
    expect(countByKind(day.slice(0, 2)).map((r) => r.kind)).toEqual(['planning', 'meeting'])
  })
})
