// @time-zones: the browser's date module reads the reader's local day.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCalendarDate } from '@/lib/policy/dates'
import { products } from '@/lib/policy/products'
import { policyTextsEn } from '@/lib/i18n/policy-texts'
import { hasPrefill, parsePrefill, type Prefill } from '@/lib/prefill/parse-prefill'

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
      expect(policyTextsEn.products[product].length).toBeGreaterThan(0)
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
