import type { DatePart } from './date-parts'

/**
 * What is wrong with one field of the refund check's query or form, as data: a code and the
 * figures a message needs. No words: each language's message catalogue says it
 * (lib/i18n/field-errors.ts), so the page, the API and the calendar file say it alike.
 * Values from the query are carried only when they are plain digits and dashes.
 */
export type FieldProblem =
  /** A name given more than once with values. */
  | { code: 'repeated' }
  /** product or channel: nothing chosen. */
  | { code: 'missing' }
  /** product, channel, region (or lang): a value not in the list. */
  | { code: 'not-listed'; allowed: readonly string[] }
  /** A contract date not written YYYY-MM-DD. */
  | { code: 'date-shape' }
  /** A YYYY-MM-DD date that is not on the calendar (2026-02-30). */
  | { code: 'date-not-real'; value: string }
  /** A payment or trial start after the day asked about. */
  | { code: 'date-future' }
  /** Neither a payment date nor a trial start. */
  | { code: 'paid-or-trial' }
  /** Both a payment date and a trial start. */
  | { code: 'paid-and-trial' }
  | { code: 'trial-days'; min: number; max: number }
  /** A yes-or-no question answered with something else. */
  | { code: 'yes-no' }
  /** An upgrade that is also a renewal. */
  | { code: 'upgrade-renewal' }
  /** An upgrade to something that is not a subscription plan. */
  | { code: 'upgrade-not-plan' }
  /** A start date before the payment, where the rule counts from the start. */
  | { code: 'start-before-paid' }
  /** Form only: a date with some of its three boxes empty. */
  | { code: 'date-parts-missing'; parts: readonly DatePart[] }
  /** Form only: a date with a box that is not a number. */
  | { code: 'date-not-numbers' }
  /** Form only: a year of other than 4 digits. */
  | { code: 'date-short-year' }
  /** Form only: a question that changes the verdict, left unanswered. */
  | { code: 'unanswered' }
  /** Form only: "it started after I paid" without the start date. */
  | { code: 'start-missing' }

export type FieldProblemCode = FieldProblem['code']
