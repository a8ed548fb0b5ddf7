import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { careerPayInWords } from './career-pay-words'

describe('careerPayInWords', () => {
  it('says the Python Developer pay from the source’s table, India and remote apart', () => {
    expect(careerPayInWords(pythonDeveloper)).toBe(
      'Mid-level total cash compensation: ₹10–22\u00a0L a year across 5 places in India; ₹20–45\u00a0L remote / international.',
    )
  })

  it('names a single place and says so when there are no figures', () => {
    const one = {
      salaries: {
        ...pythonDeveloper.salaries,
        rows: [{ id: 'pune', place: 'Pune', placeKind: 'city' as const, minLakh: 8, maxLakh: 14 }],
      },
    }
    expect(careerPayInWords(one)).toBe('Mid-level total cash compensation: ₹8–14\u00a0L a year in Pune.')
    expect(careerPayInWords({ salaries: { ...pythonDeveloper.salaries, rows: [] } })).toBe(
      'The source gives no pay figures.',
    )
  })
})
