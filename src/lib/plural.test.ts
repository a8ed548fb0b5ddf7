import { expect, it } from 'vitest'
import { plural } from './plural'

it('says one thing in the singular, any other count in the plural, with digits grouped as India writes them', () => {
  expect(plural(1, 'saved item')).toBe('1 saved item')
  expect(plural(0, 'saved item')).toBe('0 saved items')
  expect(plural(3, 'career')).toBe('3 careers')
  expect(plural(120_000, 'item')).toBe('1,20,000 items')
})
