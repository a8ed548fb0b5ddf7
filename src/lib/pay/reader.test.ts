import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readPay, type PayBox } from './reader'

const YEAR: PayBox = { unit: 'year', limits: { minLakh: 0.12, maxLakh: 500 } }
const MONTH: PayBox = { unit: 'month', limits: { minLakh: 0.12, maxLakh: 500 } }
const plain = (s: string) => s.replace(/\u00a0/g, ' ')

function read(text: string, box: PayBox = YEAR) {
  const reading = readPay(text, box)
  switch (reading.status) {
    case 'empty':
      return { status: 'empty' }
    case 'valid':
      return { status: 'valid', value: reading.value, understood: plain(reading.understood) }
    case 'invalid':
      return { status: reading.problem, message: plain(reading.message) }
  }
}

describe('readPay in a lakh-a-year box', () => {
  it.each([
    ['15', 15],
    [' 15.5 ', 15.5],
    ['15.', 15],
    ['.5', 0.5],
    ['15 L', 15],
    ['15L', 15],
    ['15 LPA', 15],
    ['15 lpa', 15],
    ['15 lakh', 15],
    ['15 lakhs per annum', 15],
    ['15 lacs', 15],
    ['15 lac', 15],
    ['INR 15', 15],
    ['₹15 L', 15],
    ['Rs. 15 lakh', 15],
    ['15 L a year', 15],
    ['1.5 cr', 150],
    ['1.5 crore', 150],
    ['1500000', 15],
    ['₹15,00,000', 15],
    ['1,500,000', 15],
    ['१५', 15],
    ['१५.५', 15.5],
    ['१५.५ L', 15.5],
    ['१५ LPA', 15],
    ['１５', 15],
    ['１５ＬＰＡ', 15],
    ['1.25 L a month', 15],
    ['125000 a month', 15],
    ['0.12', 0.12],
  ])('reads %j as %d lakh a year', (text, lakh) => {
    expect(read(text)).toMatchObject({ status: 'valid', value: lakh })
  })

  it.each([
    ['१५.५ लाख', 15.5],
    ['15 लाख', 15],
    ['15लाख', 15],
    ['१.५ करोड़', 150],
    // करोड़ with a precomposed ड़ (U+095C) and with ड + nukta, and करोड without it: one reading.
    ['1.5 \u0915\u0930\u094B\u095C', 150],
    ['1.5 \u0915\u0930\u094B\u0921\u093C', 150],
    ['1.5 करोड', 150],
    ['₹ 15 लाख', 15],
  ])('reads the Hindi magnitude in %j, %d lakh a year', (text, lakh) => {
    expect(read(text)).toMatchObject({
      status: 'valid',
      value: lakh,
      understood: expect.stringMatching(/^Read as ₹/),
    })
  })

  it('reads हज़ार (and हजार) in a monthly box, and a Hindi word it does not know is not guessed', () => {
    expect(read('125 हज़ार', MONTH)).toMatchObject({ status: 'valid', value: 125_000 })
    expect(read('१२५ हजार', MONTH)).toMatchObject({ status: 'valid', value: 125_000 })
    expect(read('15 सौ')).toEqual({
      status: 'not-a-number',
      message: 'Enter lakh a year, like 15, 15 L or ₹15,00,000.',
    })
  })

  it('says what it understood', () => {
    expect(read('15 LPA')).toMatchObject({ understood: 'Read as ₹15 L a year.' })
    expect(read('₹15,00,000')).toMatchObject({ understood: 'Read as ₹15 L a year.' })
    expect(read('1.5 cr')).toMatchObject({ understood: 'Read as ₹150 L a year.' })
    expect(read('0.12')).toMatchObject({ understood: 'Read as ₹12,000 a year.' })
    expect(read('12.34')).toMatchObject({ understood: 'Read as ₹12.34 L a year.' })
    // Not rounded to two decimals: 12.755 is ₹12,75,500, and at the tax-free edge every rupee counts.
    expect(read('12.755')).toMatchObject({ value: 12.755, understood: 'Read as ₹12.755 L a year.' })
    expect(read('12.75')).toMatchObject({ value: 12.75, understood: 'Read as ₹12.75 L a year.' })
    expect(read('2 cr')).toMatchObject({ understood: 'Read as ₹2 crore a year.' })
  })

  it('asks about a comma that is probably a decimal point, rather than reading 15,5 as 155', () => {
    expect(read('15,5')).toEqual({
      status: 'unclear',
      message: 'Did you mean ₹15.5 L? Use a point for decimals (15.5); commas only group thousands.',
    })
    expect(read('1,5')).toMatchObject({
      status: 'unclear',
      message: expect.stringMatching(/^Did you mean ₹1.5 L\?/),
    })
  })

  it('asks whether "k" means a month', () => {
    expect(read('50k')).toMatchObject({
      status: 'unclear',
      message: expect.stringMatching(/^Did you mean ₹50,000 a month \(₹6 L a year\)\?/),
    })
    expect(read('50k a month')).toMatchObject({ status: 'valid', value: 6 })
  })

  it('names the amount as typed when it is too large, and offers the rupees-a-month reading', () => {
    expect(read('500.01')).toEqual({
      status: 'too-large',
      message: '₹500.01 L a year is more than ₹5 crore a year, beyond what this box takes.',
    })
    expect(read('80000')).toMatchObject({
      status: 'too-large',
      message: expect.stringContaining('If you meant ₹80,000 a month, that is ₹9.6 L a year: enter 9.6.'),
    })
  })

  it.each([
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['-1', 'negative'],
    ['−15', 'negative'],
    ['-₹15 L', 'negative'],
    ['0.1', 'too-small'],
    ['9999999999', 'too-large'],
    ['fifteen', 'not-a-number'],
    ['15-20', 'not-a-number'],
    ['12 to 15 L', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['15 apples', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['15.5.5', 'not-a-number'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(read(text)).toMatchObject({ status: problem })
  })

  it('explains a range and a bad entry in words', () => {
    expect(read('15-20')).toMatchObject({
      message: expect.stringMatching(/^Enter one amount, not a range\./),
    })
    expect(read('abc')).toMatchObject({ message: 'Enter lakh a year, like 15, 15 L or ₹15,00,000.' })
    expect(read('0.1')).toMatchObject({
      message: '₹10,000 a year is less than ₹12,000 a year. This box takes lakh: 15 means ₹15 L a year.',
    })
  })

  it('treats a blank box as nothing typed', () => {
    expect(read('   ')).toEqual({ status: 'empty' })
  })

  it('keeps lakh to the rupee, and says so when what was typed was finer', () => {
    expect(read('12.7555555')).toMatchObject({
      value: 12.75556,
      understood: 'Read as ₹12.75556 L a year, to the rupee.',
    })
  })

  it('asks whether six digits of rupees are a month’s pay, rather than reading 125000 as ₹1.25 L a year', () => {
    expect(read('125000')).toEqual({
      status: 'unclear',
      message:
        'Did you mean ₹1,25,000 a month (₹15 L a year)? Enter 15 for that. For ₹1,25,000 a year, enter 1.25 or write "a year" after the amount.',
    })
    expect(read('₹5,00,000')).toMatchObject({
      status: 'unclear',
      message: expect.stringMatching(/^Did you mean ₹5,00,000 a month \(₹60 L a year\)\?/),
    })
    expect(read('125000 a year')).toMatchObject({ status: 'valid', value: 1.25 })
    expect(read('125000 a month')).toMatchObject({ status: 'valid', value: 15 })
  })

  it('says an absurdly large amount is no pay, without echoing it in exponent notation', () => {
    for (const box of [YEAR, MONTH]) {
      const reading = read('1'.repeat(300), box)
      expect(reading).toMatchObject({ status: 'too-large' })
      expect(reading.message).not.toMatch(/e\+|Infinity|\d{16}/)
      expect(reading.message).toMatch(/^That is far more than any pay\./)
    }
  })

  it('says an amount under one rupee is too small to be a pay, rather than calling it ₹0', () => {
    const reading = read('0.0000001')
    expect(reading).toMatchObject({ status: 'too-small' })
    expect(reading.message).not.toMatch(/₹0\b/)
    expect(reading.message).toMatch(/^That is less than one rupee a year: too small to be a pay\./)
    expect(read('0.0000001 a month', MONTH).message).toMatch(/^That is less than one rupee a month/)
  })
})

describe('readPay in a rupees-a-month box', () => {
  it.each([
    ['125000', 125_000],
    ['1,25,000', 125_000],
    ['₹1,25,000', 125_000],
    ['125k', 125_000],
    ['15 L', 125_000],
    ['15 LPA', 125_000],
    ['1.25 L a month', 125_000],
    ['1500000 a year', 125_000],
  ])('reads %j as %d a month', (text, rupees) => {
    expect(read(text, MONTH)).toMatchObject({ status: 'valid', value: rupees })
  })

  it('says that "15 L" was read as lakh a year, not as ₹15 a month', () => {
    expect(read('15 L', MONTH)).toMatchObject({ understood: 'Read as ₹15 L a year: ₹1,25,000 a month.' })
    expect(read('125000', MONTH)).toMatchObject({ understood: 'Read as ₹1,25,000 a month.' })
  })

  it('asks whether a small plain number is lakh a year', () => {
    expect(read('15', MONTH)).toMatchObject({
      status: 'unclear',
      message: expect.stringMatching(/^Did you mean ₹15 L a year \(₹1,25,000 a month\)\?/),
    })
  })

  it('refuses too little a month', () => {
    expect(read('999 a month', MONTH)).toMatchObject({ status: 'too-small' })
  })
})

describe('readPay properties', () => {
  it('reads back any amount written with Indian grouping, as rupees a year', () => {
    const indian = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 })
    fc.assert(
      // From seven digits: six could be a month's pay, and the box asks (above).
      fc.property(fc.integer({ min: 1_000_000, max: 50_000_000 }), (rupees) => {
        const reading = readPay(`₹${indian.format(rupees)}`, YEAR)
        expect(reading).toMatchObject({ status: 'valid', lakhPerYear: rupees / 100_000 })
      }),
    )
  })

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => readPay(text, YEAR)).not.toThrow()
        expect(() => readPay(text, MONTH)).not.toThrow()
      }),
    )
  })
})
