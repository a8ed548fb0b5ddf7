import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { STEP_KINDS } from '@/content/vocabulary'
import { isCanonical, parseDaySearch, serializeDaySearch } from './day-search'

const parse = (raw: unknown) => parseDaySearch(raw, 11)

describe('parseDaySearch', () => {
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
  ])('%s falls back to no step', (_, step) => {
    expect(parse({ step })).toEqual({ step: undefined, kinds: [] })
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

  it('respects the length of the day', () => {
    expect(parseDaySearch({ step: 5 }, 4).step).toBeUndefined()
    expect(parseDaySearch({ step: 4 }, 4).step).toBe(4)
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
})

describe('serializeDaySearch', () => {
  it('leaves out what is not set', () => {
    expect(serializeDaySearch({ step: undefined, kinds: [] })).toEqual({})
    expect(serializeDaySearch({ step: 4, kinds: ['meeting', 'review'] })).toEqual({
      step: 4,
      kind: 'meeting,review',
    })
  })

  it('round-trips through parse (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 11 }), { nil: undefined }),
        fc.subarray([...STEP_KINDS]),
        (step, kinds) => {
          const search = { step, kinds }
          expect(parse(serializeDaySearch(search))).toEqual(search)
        },
      ),
    )
  })
})

describe('isCanonical', () => {
  it('is true when the URL says exactly what is shown', () => {
    expect(isCanonical({}, parse({}))).toBe(true)
    expect(isCanonical({ step: 4, kind: 'meeting' }, parse({ step: 4, kind: 'meeting' }))).toBe(true)
  })

  it.each([{ step: 99 }, { step: '04' }, { kind: '<img>' }, { kind: 'review,meeting' }])(
    'is false for %j, so the page rewrites it',
    (raw) => {
      expect(isCanonical(raw, parse(raw))).toBe(false)
    },
  )
})
