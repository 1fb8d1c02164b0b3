import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, isCalendarDate } from '@/lib/policy/dates'
import { products, productLabels } from '@/lib/policy/products'
import {
  formatDate,
  hasPrefill,
  isRealDate,
  localDate,
  parsePrefill,
  type Prefill,
} from '@/lib/prefill/parse-prefill'

const today = '2026-11-26'

describe('the link from a refund-check result', () => {
  it('takes every value of a valid link', () => {
    expect(
      parsePrefill('?product=plus-annual&paid=2026-11-20&deadline=2026-12-04&region=eu', today),
    ).toEqual({
      product: 'plus-annual',
      paid: '2026-11-20',
      deadline: '2026-12-04',
      region: 'eu',
      rejected: [],
    })
  })

  it.each<[string, string, Partial<Prefill>]>([
    ['an unknown product', 'product=coursera-max', { rejected: ['product'] }],
    [
      'markup as the product',
      'product=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      { rejected: ['product'] },
    ],
    ['a date that does not exist', 'paid=2026-02-30', { rejected: ['paid'] }],
    ['a month 13', 'paid=2026-13-01', { rejected: ['paid'] }],
    ['a date in another format', 'paid=20%2F11%2F2026', { rejected: ['paid'] }],
    ['a payment after today', 'paid=2026-11-27', { rejected: ['paid'] }],
    ['a date with markup after it', 'paid=2026-11-20%3Cb%3E', { rejected: ['paid'] }],
    ['an empty value', 'paid=', { rejected: ['paid'] }],
    ['a repeated parameter', 'product=course&product=plus-annual', { rejected: ['product'] }],
    [
      'a deadline before the payment',
      'paid=2026-11-20&deadline=2026-11-19',
      { paid: '2026-11-20', rejected: ['deadline'] },
    ],
    ['an unknown region', 'region=us', { rejected: ['region'] }],
    ['a region in capitals', 'region=EU', { rejected: ['region'] }],
  ])('refuses %s, and only that value', (_name, query, expected) => {
    expect(parsePrefill(query, today)).toEqual({ rejected: [], ...expected })
  })

  it('keeps the good values when one is bad', () => {
    const result = parsePrefill(
      'product=%3Cscript%3E&paid=2026-02-30&deadline=2026-12-04&region=uk',
      today,
    )
    expect(result).toEqual({ deadline: '2026-12-04', region: 'uk', rejected: ['product', 'paid'] })
    expect(hasPrefill(result)).toBe(true)
  })

  it('accepts a payment made today, and a deadline in the past', () => {
    expect(parsePrefill('paid=2026-11-26&deadline=2026-11-26', today)).toEqual({
      paid: '2026-11-26',
      deadline: '2026-11-26',
      rejected: [],
    })
    expect(parsePrefill('paid=2026-01-02&deadline=2026-01-09', today).rejected).toEqual([])
  })

  it('ignores parameters it does not know, and a link without any', () => {
    const result = parsePrefill('utm_source=x&today=2026-01-01', today)
    expect(result).toEqual({ rejected: [] })
    expect(hasPrefill(result)).toBe(false)
  })

  it('accepts every product id of the public contract', () => {
    for (const product of products) {
      expect(parsePrefill(`product=${product}`, today).product).toBe(product)
      expect(productLabels[product].length).toBeGreaterThan(0)
    }
  })

  it('never lets through anything but known ids and real dates', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('product', 'paid', 'deadline', 'region'), fc.string()),
        (query) => {
          const result = parsePrefill(new URLSearchParams(query).toString(), today)
          if (result.product) expect(products).toContain(result.product)
          if (result.region) expect(['eu', 'uk', 'other']).toContain(result.region)
          if (result.paid) expect(isCalendarDate(result.paid) && result.paid <= today).toBe(true)
          if (result.deadline) expect(isCalendarDate(result.deadline)).toBe(true)
        },
      ),
    )
  })
})

describe('calendar dates without Temporal', () => {
  it('agrees with the policy library on every day and on impossible ones', () => {
    const day = fc.integer({ min: 0, max: 365 * 400 }).map((n) => addDays('1900-01-01', n))
    fc.assert(
      fc.property(day, (d) => {
        expect(isRealDate(d)).toBe(true)
      }),
    )
    const shaped = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      )
    fc.assert(
      fc.property(shaped, (s) => {
        expect(isRealDate(s)).toBe(isCalendarDate(s))
      }),
    )
  })

  it('knows leap years', () => {
    expect(isRealDate('2024-02-29')).toBe(true)
    expect(isRealDate('2026-02-29')).toBe(false)
    expect(isRealDate('2000-02-29')).toBe(true)
    expect(isRealDate('2100-02-29')).toBe(false)
  })

  it("reads today's date where the reader is", () => {
    expect(localDate(new Date(2026, 10, 2, 23, 59))).toBe('2026-11-02')
    expect(localDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01')
  })

  it('spells a date out the same in every time zone', () => {
    expect(formatDate('2026-11-02', 'en-GB')).toBe('2 November 2026')
    expect(formatDate('2026-02-28', 'en-GB')).toBe('28 February 2026')
    expect(formatDate('0099-01-01', 'en-GB')).toBe('1 January 99')
  })
})
