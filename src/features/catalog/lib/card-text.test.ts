import { describe, expect, it } from 'vitest'
import { catalogEntry } from '@/content/catalog-entry'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { placesNote, reachingPlaces, salaryFigure } from './card-text'

const career = catalogEntry(pythonDeveloper)
const plain = (s: string) => s.replace(/\u00a0/g, ' ')

describe('career card text', () => {
  it('gives the span across every place, or the chosen place’s range', () => {
    expect(plain(salaryFigure(career, undefined))).toBe('₹10–45 L a year')
    const pune = career.salaries.rows.find((r) => r.id === 'pune')
    expect(plain(salaryFigure(career, pune))).toBe('₹10–17 L a year in Pune')
  })

  it('keeps India and remote work apart', () => {
    expect(plain(placesNote(career))).toBe(
      '₹10–22 L across 5 places in India, ₹20–45 L remote / international',
    )
  })

  it('names only the places whose range reaches the minimum, within the chosen place', () => {
    expect(reachingPlaces(career, { minPay: 40 })).toBe('Remote / international')
    expect(reachingPlaces(career, { minPay: 16.99, place: 'bangalore' })).toBe('Bangalore')
    expect(reachingPlaces(career, { minPay: 18, place: 'pune' })).toBe('')
  })
})
