// The pay boxes in Hindi: the same readings as in English, said in Hindi, with lakh and crore written out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLanguage } from '@/lib/i18n/runtime'
import { describeLakhRange, formatLakhRange } from '@/lib/format-inr'
import { en } from '@/messages/en'
import { hi } from '@/messages/hi'
import { readMinPay, readOffer } from './boxes'

beforeEach(() => setLanguage('hi', hi))
afterEach(() => setLanguage('en', en))

describe('the pay boxes in Hindi', () => {
  it('read Hindi magnitudes and say how the amount was read, in Hindi', () => {
    expect(readMinPay('15 लाख')).toMatchObject({
      status: 'valid',
      lakhPerYear: 15,
      understood: '₹15\u00a0लाख प्रति वर्ष के रूप में पढ़ा गया।',
    })
    expect(readOffer('१२५०००', 'month')).toMatchObject({
      status: 'valid',
      value: 125000,
      understood: '₹1,25,000 प्रति माह के रूप में पढ़ा गया।',
    })
    // Lakh is a year's pay, even in the month box: said so, to the rupee.
    expect(readOffer('1.25 लाख', 'month')).toMatchObject({
      status: 'valid',
      value: 10417,
      understood: 'रुपये तक पूरा करके ₹1.25\u00a0लाख प्रति वर्ष के रूप में पढ़ा गया: ₹10,417 प्रति माह।',
    })
  })

  it('explain a problem in Hindi, with Latin digits and Indian grouping', () => {
    expect(readMinPay('-5')).toMatchObject({ status: 'invalid', message: hi.pay.negative })
    expect(readMinPay('0')).toMatchObject({ status: 'invalid', message: hi.pay.zero })
    const tooBig = readOffer('5000 करोड़', 'year')
    expect(tooBig.status).toBe('invalid')
    expect(tooBig.status === 'invalid' && tooBig.message).toMatch(/करोड़|लाख/)
    expect(tooBig.status === 'invalid' && tooBig.message).not.toMatch(/[A-Za-z]{3,}/)
  })

  it('write money with lakh spelled out', () => {
    expect(formatLakhRange(12, 22)).toBe('₹12–22\u00a0लाख')
    expect(describeLakhRange(12, 22)).toBe('12 से 22 लाख रुपये')
  })
})
