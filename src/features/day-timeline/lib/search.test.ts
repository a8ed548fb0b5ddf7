import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allCareers } from '@/content/all-careers'
import { STEP_KINDS } from '@/content/vocabulary'
import { stepInDay } from './navigation'
import { daySearch, MAX_DAY_STEPS, type DaySearch } from './search'

// The address can hold anything: the raw values are not yet typed.
const validate = (raw: unknown) =>
  daySearch.validateSearch(raw as Parameters<typeof daySearch.validateSearch>[0])
/** The view a day of 11 steps shows for `raw`: the step (undefined: none chosen, the first shows) and the kinds. */
const parse = (raw: unknown) => {
  const search = validate(raw)
  return { step: stepInDay(search, 11), kinds: search.kind ?? [] }
}

describe('daySearch', () => {
  it('reads a step and kinds', () => {
    expect(parse({ step: 4, kind: 'meeting,review' })).toEqual({ step: 4, kinds: ['meeting', 'review'] })
    expect(parse({ step: '4' })).toEqual({ step: 4, kinds: [] })
    expect(parse({})).toEqual({ step: undefined, kinds: [] })
  })

  it.each([
    ['?step=99', 99],
    ['?step=0', 0],
    ['?step=-1', -1],
    ['?step=4.5', 4.5],
    ['?step=abc', 'abc'],
    ['?step=', ''],
    ['?step=1e1', '1e1'],
    ['?step=Infinity', Infinity],
    ['?step=NaN', NaN],
    ['?step=true', true],
    ['?step=null', null],
    ['?step=[4]', [4]],
    ['?step={"a":1}', { a: 1 }],
    ['?step=99999999', '99999999'],
  ])('%s falls back to no step, and leaves the address', (_, step) => {
    expect(validate({ step })).toStrictEqual({ step: undefined, kind: undefined })
  })

  it.each([
    ['<img src=x onerror=alert(1)>', []],
    ['<img>', []],
    ['meeting,<img>', ['meeting']],
    ['review,meeting,review', ['meeting', 'review']],
    [' meeting , review ', ['meeting', 'review']],
    ['MEETING', []],
    ['__proto__,constructor', []],
    ['', []],
    [',,,', []],
    ['meeting,'.repeat(100), ['meeting']],
  ])('kind=%j gives %j', (kind, kinds) => {
    expect(parse({ kind }).kinds).toEqual(kinds)
  })

  it.each([1, true, null, { meeting: 1 }])('a kind that is not text %j is dropped', (kind) => {
    expect(parse({ step: 2, kind })).toEqual({ step: 2, kinds: [] })
  })

  it('reads kinds given as repeated params (?kind=meeting&kind=review)', () => {
    expect(parse({ kind: ['review', 'meeting', 'nope'] }).kinds).toEqual(['meeting', 'review'])
  })

  it('shows the first step for a step past the end of the day', () => {
    expect(stepInDay(validate({ step: 5 }), 4)).toBeUndefined()
    expect(stepInDay(validate({ step: 4 }), 4)).toBe(4)
  })

  it('takes a step from every career’s day: no day is longer than the address allows', () => {
    for (const career of allCareers) expect(career.day.length).toBeLessThanOrEqual(MAX_DAY_STEPS)
    expect(validate({ step: MAX_DAY_STEPS }).step).toBe(MAX_DAY_STEPS)
  })

  it.each([null, undefined, 'step=4', 42, []])('a non-object %j gives the default view', (raw) => {
    expect(parse(raw)).toEqual({ step: undefined, kinds: [] })
  })

  it('never throws, and always gives a step inside the day and known kinds (property)', () => {
    fc.assert(
      fc.property(fc.record({ step: fc.anything(), kind: fc.anything() }, { requiredKeys: [] }), (raw) => {
        const { step, kinds } = parse(raw)
        if (step !== undefined) expect(Number.isInteger(step) && step >= 1 && step <= 11).toBe(true)
        for (const kind of kinds) expect(STEP_KINDS).toContain(kind)
        expect(new Set(kinds).size).toBe(kinds.length)
      }),
      { numRuns: 1000 },
    )
  })

  it('reads back every view the page writes (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 11 }), { nil: undefined }),
        fc.subarray([...STEP_KINDS], { minLength: 1 }).map((kinds) => kinds.join(',')),
        (step, kind) => {
          const search: DaySearch = validate({ step, kind })
          expect(validate(search)).toEqual(search)
          expect(search.kind?.join(',')).toBe(kind)
        },
      ),
    )
  })
})
