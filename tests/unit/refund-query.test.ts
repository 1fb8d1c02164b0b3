import { describe, expect, it } from 'vitest'
import { parseRefundQuery, refundQueryString, type RawQuery } from '@/lib/policy/refund-query'

const clock = '2026-11-26'
const base = { product: 'course', channel: 'web', paid: '2026-11-20' }

function errorsOf(query: RawQuery) {
  const result = parseRefundQuery(query, clock)
  if (result.ok) throw new Error('expected errors, got an answer')
  return result.errors
}

describe('reading the contract', () => {
  it('applies the documented defaults', () => {
    const result = parseRefundQuery(
      { product: 'course', channel: 'web', trialStart: '2026-11-20' },
      clock,
    )
    expect(result).toMatchObject({
      ok: true,
      input: {
        today: clock,
        region: 'other',
        certificate: false,
        renewal: false,
        trial: { start: '2026-11-20', days: 7 },
      },
    })
  })

  it('treats blank form fields as absent, as a submitted HTML form sends them', () => {
    const result = parseRefundQuery(
      { ...base, trialStart: '', trialDays: '', today: ' ', region: '' },
      clock,
    )
    expect(result.ok).toBe(true)
  })

  it('ignores parameters that are not part of the contract', () => {
    expect(parseRefundQuery({ ...base, utm_source: 'forum', kind: 'paid' }, clock).ok).toBe(true)
  })

  it.each([
    ['a missing product', { ...base, product: undefined }, 'product', 'Choose what you bought.'],
    [
      'an unknown product',
      { ...base, product: 'netflix' },
      'product',
      'Choose what you bought from the list',
    ],
    ['a missing channel', { ...base, channel: undefined }, 'channel', 'Choose who charged you.'],
    ['an unknown channel', { ...base, channel: 'paypal' }, 'channel', 'Choose who charged you:'],
    ['an unknown region', { ...base, region: 'mars' }, 'region', 'Choose where you live'],
    [
      'a payment date in another format',
      { ...base, paid: '20/11/2026' },
      'paid',
      'must be written as year-month-day',
    ],
    [
      'an impossible payment date',
      { ...base, paid: '2026-02-30' },
      'paid',
      'Payment date 2026-02-30 does not exist',
    ],
    ['month 13', { ...base, paid: '2026-13-01' }, 'paid', 'does not exist'],
    [
      'a payment date in the future',
      { ...base, paid: '2026-11-27' },
      'paid',
      'Payment date must be today or in the past.',
    ],
    ['neither payment nor trial', { ...base, paid: undefined }, 'paid', 'Enter the date you paid'],
    ['both payment and trial', { ...base, trialStart: '2026-11-01' }, 'trialStart', 'not both'],
    [
      'a trial starting in the future',
      { product: 'course', channel: 'web', trialStart: '2026-12-01' },
      'trialStart',
      'Trial start date must be today or in the past.',
    ],
    [
      'a trial of 0 days',
      { product: 'course', channel: 'web', trialStart: '2026-11-01', trialDays: '0' },
      'trialDays',
      'from 1 to 90',
    ],
    [
      'a trial of 91 days',
      { product: 'course', channel: 'web', trialStart: '2026-11-01', trialDays: '91' },
      'trialDays',
      'from 1 to 90',
    ],
    [
      'a trial of 7.5 days',
      { product: 'course', channel: 'web', trialStart: '2026-11-01', trialDays: '7.5' },
      'trialDays',
      'whole number',
    ],
    ['certificate=maybe', { ...base, certificate: 'maybe' }, 'certificate', 'answer yes or no'],
    ['renewal=true', { ...base, renewal: 'true' }, 'renewal', 'answer yes or no'],
    [
      'an impossible today',
      { ...base, today: '2026-04-31' },
      'today',
      "Today's date 2026-04-31 does not exist",
    ],
    ['a today in the future', { ...base, today: '2026-12-25' }, 'today', 'cannot be in the future'],
    ['a repeated product', { ...base, product: ['course', 'degree'] }, 'product', 'only once'],
  ] as const)('rejects %s with a message on its field', (_name, query, field, message) => {
    const errors = errorsOf(query as RawQuery)
    expect(errors.map((e) => e.field)).toContain(field)
    expect(errors.find((e) => e.field === field)?.message).toContain(message)
  })

  it('reports every bad field at once, one entry each, in form order', () => {
    const errors = errorsOf({
      product: 'x',
      channel: 'y',
      paid: 'z',
      region: 'w',
      certificate: 'q',
    })
    expect(errors.map((e) => e.field)).toEqual([
      'product',
      'channel',
      'paid',
      'certificate',
      'region',
    ])
  })

  it('never repeats markup from the query in a message', () => {
    const evil = '<script>alert(1)</script>'
    const errors = errorsOf({
      product: evil,
      channel: evil,
      paid: evil,
      trialDays: evil,
      today: evil,
      region: evil,
      certificate: evil,
    })
    for (const e of errors) expect(e.message).not.toMatch(/[<>]/)
  })

  it('accepts a today one day ahead of the server, for readers east of it', () => {
    expect(parseRefundQuery({ ...base, today: '2026-11-27' }, clock).ok).toBe(true)
  })

  it('writes a query string that reads back to the same input', () => {
    const parsed = parseRefundQuery(
      {
        product: 'plus-monthly',
        channel: 'web',
        trialStart: '2026-11-01',
        trialDays: '14',
        region: 'eu',
        today: '2026-11-05',
      },
      clock,
    )
    if (!parsed.ok) throw new Error('expected an answer')
    const again = parseRefundQuery(
      Object.fromEntries(
        new URLSearchParams(refundQueryString(parsed.input, { includeToday: true })),
      ),
      clock,
    )
    expect(again).toEqual(parsed)
  })
})
