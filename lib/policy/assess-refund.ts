import { addDays, compareDates, daysBetween, weekday, type CalendarDate } from './dates'
import type { Channel, Product, Region } from './products'
import {
  premiumContentRule,
  refundRules,
  statutoryRules,
  trialRule,
  type CaveatId,
  type RefundRule,
  type RequestAt,
  type StatutoryRule,
} from './rules'
import type { SourceId } from './sources'
import { rulesVersion } from './version'

export type Verdict =
  'eligible' | 'contested' | 'closed' | 'not-refundable' | 'elsewhere' | 'trial' | 'trial-ended'

/** What the reader told us, already validated (see parseRefundQuery). */
export type RefundInput = {
  product: Product
  channel: Channel
  region: Region
  certificate: boolean
  renewal: boolean
  /** This payment is the first one of a plan upgraded to from another product or plan. */
  upgrade: boolean
  /** The reader has opened or unlocked paid content of this purchase (rule 4a). */
  accessed: boolean
  /** For a course or Specialization: the launch or enrolment day, when after the payment. */
  start?: CalendarDate
  /** The day the answer is for. Passed in: lib/policy never reads the clock. */
  today: CalendarDate
} & (
  | { paid: CalendarDate; trial?: undefined }
  | { paid?: undefined; trial: { start: CalendarDate; days: number } }
)

export interface Assessment {
  verdict: Verdict
  /** Last day on the most generous published reading. */
  deadline: CalendarDate | null
  /** Last day on the strictest reading; null where that reading gives no refund. */
  safeDeadline: CalendarDate | null
  /** deadline minus today (for a trial: last free day minus today). */
  daysLeft: number | null
  requestAt: RequestAt | null
  /** Last day of the EU or UK statutory withdrawal period, where it may apply. */
  statutoryDeadline: CalendarDate | null
  lastFreeDay: CalendarDate | null
  firstCharge: CalendarDate | null
  sources: SourceId[]
  rulesVersion: string
  /** The rule behind the answer: the trial rule or a row of the refund table. */
  rule: RefundRule | typeof trialRule
  statutory: StatutoryRule | null
  caveats: CaveatId[]
  /** The day the refund window is counted from: the payment, or the launch or enrolment day. */
  dayZero: CalendarDate | null
  /** Rule 4a, when opened paid content took away the safe reading. */
  premium: typeof premiumContentRule | null
  /** Why only the generous reading still refunds (verdict contested, or closed on the strict one). */
  contestedBy: NonNullable<RefundRule['contested']> | 'premium-content' | null
}

/**
 * The refund rule for a payment, following policy-facts.md "How the calculator decides":
 * the app stores first, then degree and organisation, then web purchases by product.
 */
export function findRule(
  input: Pick<RefundInput, 'product' | 'channel' | 'certificate' | 'renewal' | 'upgrade'>,
): RefundRule {
  const payment = input.renewal ? 'renewal' : 'first'
  const rule = (refundRules as readonly RefundRule[]).find(
    (r) =>
      r.channel === input.channel &&
      r.products.includes(input.product) &&
      (r.payment === 'any' || r.payment === payment) &&
      (r.certificate === undefined || r.certificate === input.certificate) &&
      (r.upgrade === undefined || r.upgrade === input.upgrade),
  )
  if (!rule) throw new Error(`No refund rule for ${input.product} on ${input.channel}`)
  return rule
}

/** The last day of a 14-day statutory period that starts on `start` (the contract date). */
export function statutoryLastDay(rule: StatutoryRule, start: CalendarDate): CalendarDate {
  // The day of conclusion is not counted, so day 14 is start + 14 (eu-time-limits art. 3).
  const last = addDays(start, rule.days)
  if (!rule.rollWeekend) return last
  const day = weekday(last)
  // Saturday or Sunday: to the end of the next working day (public holidays not modelled).
  return day === 6 ? addDays(last, 2) : day === 7 ? addDays(last, 1) : last
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}

/**
 * Decides refund eligibility from dates. Pure: the same input and `today` always give the
 * same answer, in every time zone.
 */
export function assessRefund(input: RefundInput): Assessment {
  const statutory =
    input.region === 'eu' ? statutoryRules.eu : input.region === 'uk' ? statutoryRules.uk : null

  if (input.trial) {
    const { start, days } = input.trial
    const lastFreeDay = addDays(start, days - 1)
    const firstCharge = addDays(start, days)
    const applies = statutory && input.channel === 'web' ? statutory : null
    return {
      verdict: compareDates(input.today, lastFreeDay) <= 0 ? 'trial' : 'trial-ended',
      deadline: null,
      safeDeadline: null,
      daysLeft: daysBetween(input.today, lastFreeDay),
      requestAt: null,
      statutoryDeadline: applies ? statutoryLastDay(applies, start) : null,
      lastFreeDay,
      firstCharge,
      sources: unique([...trialRule.sources, ...(applies?.sources ?? [])]),
      rulesVersion,
      rule: trialRule,
      statutory: applies,
      caveats: [
        ...(input.channel === 'apple' ? trialRule.caveats : []),
        ...(applies?.caveats ?? []),
      ],
      dayZero: null,
      premium: null,
      contestedBy: null,
    }
  }

  const rule = findRule(input)
  const paid = input.paid
  // Pre-enrolled courses count from the launch, Specializations from enrolment (rule 4).
  const dayZero = rule.countsFromStart && input.start ? input.start : paid
  const deadline = rule.deadlineDays === null ? null : addDays(dayZero, rule.deadlineDays)
  // Rule 4a: opened paid content leaves no reading that surely refunds.
  const premium =
    input.accessed && rule.channel === 'web' && rule.requestAt === 'coursera' && deadline !== null
      ? premiumContentRule
      : null
  const safeDeadline = rule.safeDays === null || premium ? null : addDays(dayZero, rule.safeDays)
  const onWeb = rule.channel === 'web' && rule.requestAt === 'coursera'
  // A renewal continues the same contract: it starts no new withdrawal period (rule 6).
  const applies = statutory && onWeb && !input.renewal ? statutory : null

  let verdict: Verdict
  if (rule.requestAt !== 'coursera') verdict = 'elsewhere'
  else if (deadline === null) verdict = 'not-refundable'
  else if (safeDeadline !== null && compareDates(input.today, safeDeadline) <= 0)
    verdict = 'eligible'
  else if (compareDates(input.today, deadline) <= 0) verdict = 'contested'
  else verdict = 'closed'

  return {
    verdict,
    deadline,
    safeDeadline,
    daysLeft: deadline === null ? null : daysBetween(input.today, deadline),
    requestAt: rule.requestAt,
    statutoryDeadline: applies ? statutoryLastDay(applies, paid) : null,
    lastFreeDay: null,
    firstCharge: null,
    sources: unique([...rule.sources, ...(premium?.sources ?? []), ...(applies?.sources ?? [])]),
    rulesVersion,
    rule,
    statutory: applies,
    caveats: [...rule.caveats, ...(applies?.caveats ?? [])],
    dayZero,
    premium,
    contestedBy: premium ? 'premium-content' : (rule.contested ?? null),
  }
}

/** The fields of the public API, exactly, in a fixed order. */
export function publicAssessment(a: Assessment) {
  return {
    verdict: a.verdict,
    deadline: a.deadline,
    safeDeadline: a.safeDeadline,
    daysLeft: a.daysLeft,
    requestAt: a.requestAt,
    statutoryDeadline: a.statutoryDeadline,
    lastFreeDay: a.lastFreeDay,
    firstCharge: a.firstCharge,
    sources: a.sources,
    rulesVersion: a.rulesVersion,
  }
}
export type PublicAssessment = ReturnType<typeof publicAssessment>
