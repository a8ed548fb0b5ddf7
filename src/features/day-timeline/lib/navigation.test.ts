import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KEY_MOVES, findByInitial, moveSelection, stepPosition, type StepMove } from './navigation'

describe('moveSelection', () => {
  it('moves one step at a time and jumps to either end', () => {
    expect(moveSelection(2, 11, 'next')).toBe(3)
    expect(moveSelection(2, 11, 'previous')).toBe(1)
    expect(moveSelection(5, 11, 'first')).toBe(0)
    expect(moveSelection(5, 11, 'last')).toBe(10)
  })

  it('does not wrap: next on the last step and previous on the first stay put', () => {
    expect(moveSelection(10, 11, 'next')).toBe(10)
    expect(moveSelection(0, 11, 'previous')).toBe(0)
  })

  it('clamps an out-of-range start', () => {
    expect(moveSelection(40, 11, 'previous')).toBe(9)
    expect(moveSelection(-3, 11, 'next')).toBe(1)
  })

  it('always lands inside the day (property)', () => {
    const moves: StepMove[] = ['next', 'previous', 'first', 'last']
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -100, max: 100 }),
        fc.constantFrom(...moves),
        (count, current, move) => {
          const next = moveSelection(current, count, move)
          expect(next).toBeGreaterThanOrEqual(0)
          expect(next).toBeLessThan(count)
        },
      ),
    )
  })

  it('walks the whole day with next, reaching the end in count - 1 moves', () => {
    let index = 0
    const seen = [index]
    for (let i = 0; i < 15; i++) seen.push((index = moveSelection(index, 11, 'next')))
    expect(seen.slice(0, 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(seen.slice(11)).toEqual([10, 10, 10, 10, 10])
  })
})

describe('KEY_MOVES', () => {
  it('maps the listbox keys and nothing else', () => {
    expect(KEY_MOVES).toEqual({ ArrowDown: 'next', ArrowUp: 'previous', Home: 'first', End: 'last' })
    expect(Object.hasOwn(KEY_MOVES, 'constructor')).toBe(false)
  })
})

describe('stepPosition', () => {
  it('counts from one', () => {
    expect(stepPosition(3, 11)).toBe('Step 4 of 11')
  })
})

describe('findByInitial', () => {
  const titles = ['Open up', 'Daily standup', 'Deep work', 'Integration tests', 'Lunch']
  it('finds the next title starting with the letter, going round, ignoring case', () => {
    expect(findByInitial(titles, 0, 'd')).toBe(1)
    expect(findByInitial(titles, 1, 'D')).toBe(2)
    expect(findByInitial(titles, 2, 'd')).toBe(1)
    expect(findByInitial(titles, 3, 'o')).toBe(0)
  })

  it('finds nothing for a letter no title starts with, or for a space', () => {
    expect(findByInitial(titles, 0, 'z')).toBeUndefined()
    expect(findByInitial(titles, 0, ' ')).toBeUndefined()
    expect(findByInitial([], 0, 'a')).toBeUndefined()
  })
})
