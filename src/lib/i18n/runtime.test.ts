import { afterEach, describe, expect, it } from 'vitest'
import { en } from '@/messages/en'
import { hi } from '@/messages/hi'
import { fill, formatDate, formatNumber, messages, plural, setLanguage } from './runtime'

afterEach(() => setLanguage('en', en))

const CAREERS = { one: '{count} career', other: '{count} careers' }
const CAREERS_HI = { one: '{count} करियर', other: '{count} करियर' }

describe('messages in the interface language', () => {
  it('are the language set last', () => {
    expect(messages().shell.navCareers).toBe('Careers')
    setLanguage('hi', hi)
    expect(messages().shell.navCareers).toBe('करियर')
  })

  it('fill placeholders, numbers grouped the Indian way, and say which value is missing', () => {
    expect(fill('{count} of {total}', { count: 2, total: 1234567 })).toBe('2 of 12,34,567')
    expect(() => fill('{count} of {total}', { count: 2 })).toThrow(/\{total\}/)
  })

  it('choose the plural form by the language’s rules: in Hindi 0 and 1 take the singular', () => {
    expect([0, 1, 2].map((n) => plural(n, CAREERS))).toEqual(['0 careers', '1 career', '2 careers'])
    setLanguage('hi', hi)
    const forms = { one: 'one:{count}', other: 'other:{count}' }
    expect([0, 1, 2, 100000].map((n) => plural(n, forms))).toEqual([
      'one:0',
      'one:1',
      'other:2',
      'other:1,00,000',
    ])
    expect(plural(3, CAREERS_HI)).toBe('3 करियर')
  })

  it('write numbers in Latin digits with Indian grouping, and dates in the language, in Hindi', () => {
    setLanguage('hi', hi)
    expect(formatNumber(12345678.5)).toBe('1,23,45,678.5')
    expect(formatNumber(150000, { style: 'currency', currency: 'INR', maximumFractionDigits: 0 })).toBe(
      '₹1,50,000',
    )
    expect(formatDate(new Date(Date.UTC(2026, 11, 6, 12)), { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      '6 दिसंबर 2026',
    )
    // Times on the 24-hour clock: no Latin "am"/"pm" in a Hindi sentence.
    expect(
      formatDate(new Date(Date.UTC(2026, 4, 12, 16, 30)), {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }),
    ).toBe('12 मई 2026, 16:30')
  })
})
