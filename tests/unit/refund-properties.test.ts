// @time-zones: deadlines computed from dates.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessRefund, type RefundInput, type Verdict } from '@/lib/policy/assess-refund'
import { addDays, compareDates, daysBetween } from '@/lib/policy/dates'
import { channels, products, regions, subscriptionProducts } from '@/lib/policy/products'

/** Any date from 2015 to 2035, as a calendar date. */
const date = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2015-01-01', n))

const paymentInput = fc
  .record({
    product: fc.constantFrom(...products),
    channel: fc.constantFrom(...channels),
    region: fc.constantFrom(...regions),
    certificate: fc.boolean(),
    renewal: fc.boolean(),
    upgrade: fc.boolean(),
    accessed: fc.boolean(),
    startAfter: fc.option(fc.integer({ min: 0, max: 120 })),
    paid: date,
    later: fc.integer({ min: 0, max: 400 }),
  })
  // The contract refuses an upgrade on a web renewal or a product that is not a plan (rule 7).
  .filter(
    (i) =>
      !(
        i.upgrade &&
        i.channel === 'web' &&
        (i.renewal || !subscriptionProducts.includes(i.product))
      ),
  )
  .map(({ later, startAfter, ...rest }): RefundInput => ({
    ...rest,
    ...(startAfter === null ? {} : { start: addDays(rest.paid, startAfter) }),
    today: addDays(rest.paid, later),
  }))

const trialInput = fc
  .record({
    product: fc.constantFrom(...products),
    channel: fc.constantFrom(...channels),
    region: fc.constantFrom(...regions),
    start: date,
    days: fc.integer({ min: 1, max: 90 }),
    later: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ start, days, later, ...rest }): RefundInput => ({
    ...rest,
    certificate: false,
    renewal: false,
    upgrade: false,
    accessed: false,
    trial: { start, days },
    today: addDays(start, later),
  }))

const anyInput = fc.oneof(paymentInput, trialInput)

describe('refund decisions, for any input', () => {
  it('never puts a deadline before the payment date', () => {
    fc.assert(
      fc.property(paymentInput, (input) => {
        const a = assessRefund(input)
        for (const d of [a.deadline, a.safeDeadline, a.statutoryDeadline]) {
          if (d !== null) expect(compareDates(d, input.paid!)).toBeGreaterThanOrEqual(0)
        }
      }),
    )
  })

  it('never puts the safe deadline after the deadline', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const a = assessRefund(input)
        if (a.safeDeadline !== null) {
          expect(a.deadline).not.toBeNull()
          expect(compareDates(a.safeDeadline, a.deadline!)).toBeLessThanOrEqual(0)
        }
      }),
    )
  })

  it('never turns a closed verdict into an eligible one as today moves forward', () => {
    const rank: Record<Verdict, number> = {
      eligible: 0,
      contested: 1,
      closed: 2,
      'not-refundable': 3,
      elsewhere: 3,
      trial: 0,
      'trial-ended': 2,
    }
    fc.assert(
      fc.property(anyInput, fc.integer({ min: 1, max: 400 }), (input, step) => {
        const now = assessRefund(input)
        const later = assessRefund({ ...input, today: addDays(input.today, step) })
        expect(rank[later.verdict]).toBeGreaterThanOrEqual(rank[now.verdict])
        if (now.verdict === 'closed') expect(later.verdict).toBe('closed')
        if (now.verdict === 'trial-ended') expect(later.verdict).toBe('trial-ended')
      }),
    )
  })

  it('counts daysLeft as deadline minus today (last free day minus today for a trial)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const a = assessRefund(input)
        const end = input.trial ? a.lastFreeDay : a.deadline
        if (end === null) expect(a.daysLeft).toBeNull()
        else expect(a.daysLeft).toBe(daysBetween(input.today, end))
      }),
    )
  })

  it('puts the first charge the day after the last free day', () => {
    fc.assert(
      fc.property(trialInput, (input) => {
        const a = assessRefund(input)
        expect(a.firstCharge).toBe(addDays(a.lastFreeDay!, 1))
        expect(daysBetween(input.trial!.start, a.firstCharge!)).toBe(input.trial!.days)
      }),
    )
  })

  it('gives a statutory deadline only to EU and UK buyers billed by Coursera', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const a = assessRefund(input)
        if (a.statutoryDeadline !== null) {
          expect(['eu', 'uk']).toContain(input.region)
          expect(input.channel).toBe('web')
        }
      }),
    )
  })

  it('cites at least one source and only known verdicts', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const a = assessRefund(input)
        expect(a.sources.length).toBeGreaterThan(0)
        expect([
          'eligible',
          'contested',
          'closed',
          'not-refundable',
          'elsewhere',
          'trial',
          'trial-ended',
        ]).toContain(a.verdict)
      }),
    )
  })
})
