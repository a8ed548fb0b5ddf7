import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { careerItems } from './items'

describe('careerItems', () => {
  const items = careerItems(pythonDeveloper)

  it('holds all 62 items of the career, section by section', () => {
    expect(items).toHaveLength(62)
    const perSection = Object.fromEntries(
      [...new Set(items.map((i) => i.section))].map((s) => [s, items.filter((i) => i.section === s).length]),
    )
    expect(perSection).toEqual({
      day: 11,
      mistakes: 7,
      salaries: 6,
      communities: 7,
      resources: 10,
      responsibilities: 6,
      advantages: 5,
      challenges: 5,
      education: 5,
    })
  })

  it('keeps facets where the data has them', () => {
    const hitesh = items.find((i) => i.id === 'hitesh-choudhary-anuj-bhaiya')
    expect(hitesh).toMatchObject({ resourceKind: 'video', indiaFocused: true })
    const pycon = items.find((i) => i.id === 'pycon-india-and-city-groups')
    expect(pycon?.formatGroups).toEqual(['in-person'])
    const fastapiChat = items.find((i) => i.id === 'fastapi-django-chat')
    expect(fastapiChat?.formatGroups).toEqual(['online-chat'])
  })

  it('makes every word of an item searchable, folded', () => {
    const typing = items.find((i) => i.id === 'typing-as-optional')
    expect(typing?.haystack).toContain('mypy   pyright')
    const talks = items.find((i) => i.id === 'sebastian-ramirez-talks')
    expect(talks?.haystack).toContain('sebastian ramirez')
    expect(items.every((i) => i.careerId === 'python-developer')).toBe(true)
  })
})
