import { describe, expect, it } from 'vitest'
import { parsePayInput } from './pay-box'

describe('parsePayInput', () => {
  it('accepts lakh amounts as people type them, saying how each was read; blank means no minimum', () => {
    expect(parsePayInput('15')).toEqual({ ok: true, lakh: 15, understood: 'Read as ₹15\u00a0L a year.' })
    expect(parsePayInput(' 12.55 ')).toMatchObject({ ok: true, lakh: 12.55 })
    // Not rounded to 17: a range ending at ₹17 L does not reach ₹17.01 L.
    expect(parsePayInput('17.01')).toEqual({
      ok: true,
      lakh: 17.01,
      understood: 'Read as ₹17.01\u00a0L a year.',
    })
    expect(parsePayInput('15 LPA')).toMatchObject({ ok: true, lakh: 15 })
    expect(parsePayInput('₹15,00,000')).toMatchObject({ ok: true, lakh: 15 })
    expect(parsePayInput('')).toEqual({ ok: true, lakh: undefined })
  })

  it.each([
    ['abc', 'Enter lakh a year, like 15, 15 L or ₹15,00,000.'],
    ['-4', 'Pay cannot be negative. Enter the amount without a minus sign.'],
    ['0', 'Enter an amount above zero.'],
    ['15,5', 'Did you mean ₹15.5\u00a0L? Use a point for decimals (15.5); commas only group thousands.'],
  ])('explains why %j cannot be used', (text, message) => {
    expect(parsePayInput(text)).toEqual({ ok: false, message })
  })

  it('refuses more than ₹10 crore a year', () => {
    expect(parsePayInput('1001')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/more than ₹10.crore a year/),
    })
  })
})
