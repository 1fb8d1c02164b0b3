// @time-zones: the query names dates.
import { describe, expect, it } from 'vitest'
import { parseRefundQuery, refundQueryString, type RawQuery } from '@/lib/policy/refund-query'
import type { FieldError } from '@/lib/policy/refund-query'
import { fieldErrorMessage, fieldErrorsEn } from '@/lib/i18n/field-errors'

/** A field's problem in the English catalogue's words: what the page and the API say. */
const say = (e: FieldError | undefined) => (e ? fieldErrorMessage(fieldErrorsEn, e) : undefined)

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
    [
      'neither payment nor trial, on the trial field too',
      { ...base, paid: undefined },
      'trialStart',
      'Enter the date your free trial started',
    ],
    ['both payment and trial', { ...base, trialStart: '2026-11-01' }, 'trialStart', 'not both'],
    [
      'both payment and trial, on the payment too',
      { ...base, trialStart: '2026-11-01' },
      'paid',
      'not both',
    ],
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
    [
      'a start day before the payment of a course',
      { ...base, start: '2026-11-19' },
      'start',
      'on or after the payment date',
    ],
    [
      'an upgrade on a single course',
      { ...base, upgrade: 'yes' },
      'upgrade',
      'Only a subscription',
    ],
    [
      'an upgrade on a renewal',
      { ...base, product: 'plus-monthly', renewal: 'yes', upgrade: 'yes' },
      'upgrade',
      'not a renewal',
    ],
    ['accessed=maybe', { ...base, accessed: 'maybe' }, 'accessed', 'answer yes or no'],
    ['an impossible start day', { ...base, start: '2026-02-29' }, 'start', 'does not exist'],
    ['a repeated product', { ...base, product: ['course', 'degree'] }, 'product', 'only once'],
  ] as const)('rejects %s with a message on its field', (_name, query, field, message) => {
    const errors = errorsOf(query as RawQuery)
    expect(errors.map((e) => e.field)).toContain(field)
    expect(say(errors.find((e) => e.field === field))).toContain(message)
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
    for (const e of errors) expect(say(e)).not.toMatch(/[<>]/)
  })

  it('accepts any real day as today, so a reader can ask about a day ahead', () => {
    expect(parseRefundQuery({ ...base, today: '2026-11-27' }, clock).ok).toBe(true)
    expect(parseRefundQuery({ ...base, today: '2027-06-30' }, clock).ok).toBe(true)
  })

  it('checks the payment against the day asked about, not the clock', () => {
    expect(parseRefundQuery({ ...base, paid: '2027-01-10', today: '2027-01-12' }, clock).ok).toBe(
      true,
    )
  })

  it('accepts a start day after today: a course that has not launched yet', () => {
    const parsed = parseRefundQuery({ ...base, start: '2026-12-15' }, clock)
    expect(parsed).toMatchObject({ ok: true, input: { start: '2026-12-15' } })
  })

  it('ignores a start day where no rule counts from it, but not a malformed one', () => {
    expect(
      parseRefundQuery({ ...base, product: 'plus-annual', start: '2026-01-01' }, clock).ok,
    ).toBe(true)
    expect(parseRefundQuery({ ...base, product: 'plus-annual', start: 'soon' }, clock).ok).toBe(
      false,
    )
  })

  it('lets the app stores ignore an upgrade answer (rule 2)', () => {
    expect(parseRefundQuery({ ...base, channel: 'apple', upgrade: 'yes' }, clock).ok).toBe(true)
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
    const paid = parseRefundQuery(
      {
        product: 'course',
        channel: 'web',
        paid: '2026-11-01',
        start: '2026-11-09',
        accessed: 'yes',
        certificate: 'no',
        today: '2026-11-05',
      },
      clock,
    )
    if (!paid.ok) throw new Error('expected an answer')
    expect(
      parseRefundQuery(
        Object.fromEntries(
          new URLSearchParams(refundQueryString(paid.input, { includeToday: true })),
        ),
        clock,
      ),
    ).toEqual(paid)
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
