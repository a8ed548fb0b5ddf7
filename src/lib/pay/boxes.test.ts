import { describe, expect, it } from 'vitest'
import { readMinPay, readOffer } from './boxes'
import { OFFER_LIMITS } from './limits'
import type { OfferView } from './units'

// The reading itself is tested in reader.test.ts; here, what each box asks of it.
const plain = (s: string) => s.replace(/\u00a0/g, ' ')

describe('readMinPay: the catalog\'s "Pays at least" box', () => {
  it('accepts lakh amounts as people type them, saying how each was read; blank means no minimum', () => {
    expect(readMinPay('15')).toEqual({
      status: 'valid',
      value: 15,
      lakhPerYear: 15,
      understood: 'Read as ₹15\u00a0L a year.',
    })
    expect(readMinPay(' 12.55 ')).toMatchObject({ status: 'valid', lakhPerYear: 12.55 })
    // Not rounded to 17: a range ending at ₹17 L does not reach ₹17.01 L.
    expect(readMinPay('17.01')).toEqual({
      status: 'valid',
      value: 17.01,
      lakhPerYear: 17.01,
      understood: 'Read as ₹17.01\u00a0L a year.',
    })
    expect(readMinPay('15 LPA')).toMatchObject({ status: 'valid', lakhPerYear: 15 })
    expect(readMinPay('₹15,00,000')).toMatchObject({ status: 'valid', lakhPerYear: 15 })
    expect(readMinPay('')).toEqual({ status: 'empty' })
  })

  it.each([
    ['abc', 'not-a-number', 'Enter lakh a year, like 15, 15 L or ₹15,00,000.'],
    ['-4', 'negative', 'Pay cannot be negative. Enter the amount without a minus sign.'],
    ['0', 'zero', 'Enter an amount above zero.'],
    [
      '15,5',
      'unclear',
      'Did you mean ₹15.5\u00a0L? Use a point for decimals (15.5); commas only group thousands.',
    ],
  ])('explains why %j cannot be used', (text, problem, message) => {
    expect(readMinPay(text)).toEqual({ status: 'invalid', problem, message })
  })

  it('refuses more than ₹10 crore a year', () => {
    expect(readMinPay('1001')).toMatchObject({
      status: 'invalid',
      message: expect.stringMatching(/more than ₹10.crore a year/),
    })
  })
})

const problemOf = (raw: string, view: OfferView = 'year') => {
  const parsed = readOffer(raw, view)
  return parsed.status === 'invalid' ? parsed.problem : parsed.status
}
const messageOf = (raw: string, view: OfferView = 'year') => {
  const parsed = readOffer(raw, view)
  return parsed.status === 'invalid' ? plain(parsed.message) : ''
}

describe("readOffer: the salary page's offer box", () => {
  it('reads lakh a year per year and in hand, rupees a month per month', () => {
    expect(readOffer('15', 'year')).toEqual({
      status: 'valid',
      value: 15,
      lakhPerYear: 15,
      understood: 'Read as ₹15\u00a0L a year.',
    })
    expect(readOffer('15 LPA', 'inhand')).toMatchObject({ status: 'valid', value: 15, lakhPerYear: 15 })
    expect(readOffer('125000', 'month')).toMatchObject({ status: 'valid', value: 125_000, lakhPerYear: 15 })
    expect(readOffer('15 L', 'month')).toMatchObject({ status: 'valid', value: 125_000 })
  })

  it('treats an empty box as no offer, without an error', () => {
    expect(readOffer('', 'year')).toEqual({ status: 'empty' })
    expect(readOffer('   ', 'month')).toEqual({ status: 'empty' })
  })

  it('refuses offers beyond ₹5 crore a year, naming the amount as typed', () => {
    expect(messageOf('500.01')).toBe(
      '₹500.01 L a year is more than ₹5 crore a year, beyond what this box takes.',
    )
    expect(problemOf('10,000')).toBe('too-large')
  })

  it('reads rupees typed into the lakh box as rupees', () => {
    expect(readOffer('1500000', 'year')).toMatchObject({ status: 'valid', value: 15 })
  })

  it('accepts offers from ₹1,000 a month, but estimates in hand only from ₹1 L a year', () => {
    expect(problemOf(String(OFFER_LIMITS.year.minLakh))).toBe('valid')
    expect(problemOf(String(OFFER_LIMITS.year.maxLakh))).toBe('valid')
    expect(problemOf('1000', 'month')).toBe('valid')
    expect(problemOf('999', 'month')).toBe('too-small')
    expect(problemOf('0.5', 'year')).toBe('valid')
    expect(problemOf('0.5', 'inhand')).toBe('too-small')
    expect(messageOf('0.5', 'inhand')).toMatch(/^₹50,000 a year is less than ₹1 L a year\./)
    expect(messageOf('0.5', 'inhand')).toMatch(/The in-hand estimate starts at ₹1 L a year/)
  })

  it('takes ₹5 crore a year as a month to the rupee (₹41,66,667), and not a rupee more', () => {
    expect(problemOf('4166667', 'month')).toBe('valid')
    expect(problemOf('4166668', 'month')).toBe('too-large')
  })
})
