import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  defineSearch,
  enumParam,
  flagParam,
  intParam,
  listParam,
  numberParam,
  parseSearch,
  textParam,
} from './search-params'

const KINDS = ['meeting', 'review', 'break'] as const
const shape = {
  kind: listParam(KINDS),
  sort: enumParam(['page', 'top'] as const),
  q: textParam(10),
  step: intParam(1, 11),
  india: flagParam(),
  pay: numberParam(0.1, 1000),
}
const parse = (raw: unknown) => parseSearch(shape, raw)

describe('listParam', () => {
  it('reads comma-separated and array forms, keeping known values in vocabulary order', () => {
    expect(parse({ kind: 'review,meeting' }).kind).toEqual(['meeting', 'review'])
    expect(parse({ kind: ['break', 'meeting'] }).kind).toEqual(['meeting', 'break'])
  })

  it('drops unknown and duplicate values, and treats an empty result as absent', () => {
    expect(parse({ kind: 'meeting,<img src=x>,meeting' }).kind).toEqual(['meeting'])
    expect(parse({ kind: '<img>' }).kind).toBeUndefined()
    expect(parse({ kind: 42 }).kind).toBeUndefined()
    expect(parse({ kind: { $gt: '' } }).kind).toBeUndefined()
  })
})

describe('enumParam', () => {
  it('accepts a known value and drops anything else', () => {
    expect(parse({ sort: 'top' }).sort).toBe('top')
    expect(parse({ sort: 'TOP' }).sort).toBeUndefined()
    expect(parse({ sort: ['top'] }).sort).toBeUndefined()
  })
})

describe('textParam', () => {
  it('trims and truncates, and drops blank text', () => {
    expect(parse({ q: '  fluent  ' }).q).toBe('fluent')
    expect(parse({ q: 'a'.repeat(500) }).q).toBe('a'.repeat(10))
    expect(parse({ q: '   ' }).q).toBeUndefined()
    expect(parse({ q: 2026 }).q).toBe('2026')
    expect(parse({ q: null }).q).toBeUndefined()
  })
})

describe('intParam', () => {
  it('accepts whole numbers in range, as numbers or digits', () => {
    expect(parse({ step: 4 }).step).toBe(4)
    expect(parse({ step: '11' }).step).toBe(11)
  })

  it.each([99, 0, -1, 4.5, 'abc', '4abc', '', '1e1', NaN, Infinity, true])('drops %j', (step) => {
    expect(parse({ step }).step).toBeUndefined()
  })
})

describe('numberParam', () => {
  it('accepts numbers in range, rounded to one decimal', () => {
    expect(parse({ pay: '15' }).pay).toBe(15)
    expect(parse({ pay: 12.345 }).pay).toBe(12.3)
    expect(parse({ pay: '1000' }).pay).toBe(1000)
  })

  it('rounds to as many decimals as it is told', () => {
    expect(numberParam(0.1, 1000, 5)('17.01')).toBe(17.01)
    expect(numberParam(0.1, 1000, 5)(12.7555555)).toBe(12.75556)
  })

  it.each([0, -5, '1e3', '10000', 'abc', '', NaN, Infinity, [15], '15L'])('drops %j', (pay) => {
    expect(parse({ pay }).pay).toBeUndefined()
  })
})

describe('flagParam', () => {
  it('is on only for true, "true", 1 or "1"', () => {
    for (const on of [true, 'true', 1, '1']) expect(parse({ india: on }).india).toBe(true)
    for (const off of [false, 'yes', 0, 2, 'TRUE', [], {}, null])
      expect(parse({ india: off }).india).toBeUndefined()
  })
})

describe('parseSearch', () => {
  const NOTHING = {
    kind: undefined,
    sort: undefined,
    q: undefined,
    step: undefined,
    india: undefined,
    pay: undefined,
  }

  it('keeps known keys with valid values and sets every other known key to undefined', () => {
    const parsed = parse({ kind: 'meeting', sort: 'nope', extra: 'x', __proto__: { q: 'inherited' } })
    expect(parsed).toStrictEqual({ ...NOTHING, kind: ['meeting'] })
    expect(parse(null)).toStrictEqual(NOTHING)
    expect(parse('kind=meeting')).toStrictEqual(NOTHING)
  })

  it('never throws and only yields allowed values, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.dictionary(fc.string(), fc.anything()), (raw, dict) => {
        for (const input of [
          raw,
          { ...dict, kind: raw, sort: raw, q: raw, step: raw, india: raw, pay: raw },
        ]) {
          const out = parse(input)
          if (out.kind) expect(out.kind.every((k) => (KINDS as readonly string[]).includes(k))).toBe(true)
          if (out.sort !== undefined) expect(['page', 'top']).toContain(out.sort)
          if (out.india !== undefined) expect(out.india).toBe(true)
          if (out.pay !== undefined) expect(out.pay >= 0.1 && out.pay <= 1000).toBe(true)
          if (out.q !== undefined) expect(out.q.length).toBeLessThanOrEqual(10)
          if (out.step !== undefined)
            expect(Number.isInteger(out.step) && out.step >= 1 && out.step <= 11).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('defineSearch', () => {
  const view = defineSearch(
    { sort: enumParam(['page', 'top'] as const), kind: listParam(KINDS), q: textParam(10) },
    { sort: 'page' },
    // A rule across params: a query only with the top sort.
    (search) => (search.sort === 'top' ? search : { ...search, q: undefined }),
  )
  const validate = (raw: Record<string, unknown>) =>
    view.validateSearch(raw as Parameters<typeof view.validateSearch>[0])

  it('fills in the defaults, and returns every other key, as undefined when it has no valid value', () => {
    expect(validate({})).toStrictEqual({ sort: 'page', kind: undefined, q: undefined })
    expect(validate({ sort: 'nope', kind: 'review,<img>', extra: 1 })).toStrictEqual({
      sort: 'page',
      kind: ['review'],
      q: undefined,
    })
  })

  it('applies the rule across params after each param is read', () => {
    expect(validate({ sort: 'top', q: 'fluent' }).q).toBe('fluent')
    expect(validate({ q: 'fluent' }).q).toBeUndefined()
  })

  it('leaves a param that equals its default out of the address', () => {
    const [strip] = view.search.middlewares
    const next = () => ({ sort: 'page' as const, kind: ['review' as const], q: undefined })
    expect(strip?.({ search: { sort: 'page' }, next })).toEqual({ kind: ['review'] })
    expect(strip?.({ search: { sort: 'top' }, next: () => ({ ...next(), sort: 'top' as const }) })).toEqual({
      sort: 'top',
      kind: ['review'],
    })
  })
})
