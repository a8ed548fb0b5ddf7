import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { relatedToStep } from './related'

const stepById = (id: string) => pythonDeveloper.day.find((step) => step.id === id)!
const ids = (related: { item: { id: string } }[]) => related.map((r) => r.item.id)

describe('relatedToStep', () => {
  it('finds the responsibilities, mistakes and resources sharing a topic, most shared first', () => {
    // Deep work on the merchant-onboarding feature: django, databases, testing.
    const related = relatedToStep(pythonDeveloper, stepById('deep-work-merchant-onboarding'))
    expect(ids(related.responsibilities)).toEqual([
      'write-feature-code',
      'review-prs',
      'debug-issues',
      'write-tests',
    ])
    expect(ids(related.mistakes)).toEqual([
      'staying-too-long-in-services',
      'only-django-or-only-fastapi',
      'ignoring-asyncio',
      'no-coverage-no-integration-tests',
    ])
    expect(ids(related.resources)).toEqual([
      'two-scoops-of-django',
      'architecture-patterns-with-python',
      'python-concurrency-with-asyncio',
      'hitesh-choudhary-anuj-bhaiya',
      'geeksforgeeks-interviewbit',
    ])
    expect(related.resources[0]?.shared).toEqual(['django'])
  })

  it('puts the items sharing more topics first', () => {
    // Review teammates' PRs: code-review, django, databases, concurrency, fastapi.
    const related = relatedToStep(pythonDeveloper, stepById('review-teammate-prs'))
    expect(related.mistakes.map((r) => r.shared.length)).toEqual([2, 2, 2, 1, 1, 1])
    expect(related.mistakes[0]?.shared).toEqual(['django', 'fastapi'])
    // Ties keep the career page's order.
    expect(ids(related.mistakes).slice(0, 2)).toEqual([
      'staying-too-long-in-services',
      'only-django-or-only-fastapi',
    ])
    expect(related.resources[0]?.item.id).toBe('python-concurrency-with-asyncio')
  })

  it('finds nothing for a step with no topics', () => {
    expect(relatedToStep(pythonDeveloper, stepById('lunch-break'))).toEqual({
      responsibilities: [],
      mistakes: [],
      resources: [],
    })
  })

  it('every related item really shares a topic with the step', () => {
    for (const step of pythonDeveloper.day) {
      const related = relatedToStep(pythonDeveloper, step)
      for (const list of [related.responsibilities, related.mistakes, related.resources])
        for (const { item, shared } of list) {
          expect(shared.length).toBeGreaterThan(0)
          for (const topic of shared) {
            expect(step.topics).toContain(topic)
            expect(item.topics).toContain(topic)
          }
        }
    }
  })
})
