import type { DatePart } from '@/lib/policy/date-parts'
import type { FieldProblem, FieldProblemCode } from '@/lib/policy/field-problems'
import type { FormField } from '@/lib/policy/refund-form'
import type { DateFieldName } from '@/lib/policy/refund-query'

/**
 * The words for each field problem (lib/policy/field-problems.ts), one catalogue per
 * language. Typed by the problem codes, so a code without words in a language fails the
 * typecheck. The page, the API and the calendar file all say a problem through here.
 */
export type FieldErrorTexts = {
  readonly [C in FieldProblemCode]: (
    field: FormField,
    problem: Extract<FieldProblem, { code: C }>,
  ) => string
}

/** How the contract names its dates (a shared link, the API). */
const contractDates: Record<DateFieldName, string> = {
  paid: 'Payment date',
  trialStart: 'Trial start date',
  today: "Today's date",
  start: 'Start date',
}
/** How the form names its dates (three boxes each). */
const formDates: Record<DateFieldName, string> = {
  paid: 'The date you paid',
  trialStart: 'The date your free trial started',
  start: 'The start date',
  today: 'The date to check for',
}
const partNames: Record<DatePart, string> = { day: 'a day', month: 'a month', year: 'a year' }
const yesNoQuestions: Partial<Record<FormField, string>> = {
  certificate: 'Certificate earned',
  renewal: 'Renewal payment',
  upgrade: 'Upgrade from another product or plan',
  accessed: 'Opened paid content',
}
const unanswered: Partial<Record<FormField, string>> = {
  renewal: 'Say whether this payment was a renewal.',
  certificate: 'Say whether you have earned a certificate with this purchase.',
  upgrade: 'Say whether this payment was for an upgrade from another product or plan.',
  accessed: 'Say whether you have opened graded assignments or other paid parts of it.',
  region: 'Choose where you live.',
  startAfter: 'Say whether the course or Specialization started after you paid.',
}
const dateOf = (names: Record<DateFieldName, string>, field: FormField) =>
  names[field as DateFieldName] ?? field

export const fieldErrorsEn: FieldErrorTexts = {
  repeated: (field) => `Give ${field} only once.`,
  missing: (field) => (field === 'channel' ? 'Choose who charged you.' : 'Choose what you bought.'),
  'not-listed': (field, { allowed }) => {
    const list = allowed.join(', ')
    if (field === 'product') return `Choose what you bought from the list: ${list}.`
    if (field === 'channel') return `Choose who charged you: ${list}.`
    if (field === 'region') return `Choose where you live: ${list}.`
    return `Choose one of: ${list}.`
  },
  'date-shape': (field) =>
    `${dateOf(contractDates, field)} must be written as year-month-day, for example 2026-11-02.`,
  'date-not-real': (field, { value }) =>
    `${dateOf(contractDates, field)} ${value} does not exist. Check the day and the month.`,
  'date-future': (field) => `${dateOf(contractDates, field)} must be today or in the past.`,
  'paid-or-trial': (field) =>
    field === 'trialStart'
      ? 'Enter the date your free trial started, or the date you paid.'
      : 'Enter the date you paid, or the date your free trial started.',
  'paid-and-trial': (field) =>
    field === 'trialStart'
      ? 'Enter a trial start date or a payment date, not both. If your trial has ended and you paid, leave this empty.'
      : 'Enter a payment date or a trial start date, not both. If you have paid, leave the trial start empty.',
  'trial-days': (_field, { min, max }) =>
    `Trial length must be a whole number of days from ${min} to ${max}.`,
  'yes-no': (field) => `${yesNoQuestions[field] ?? field}: answer yes or no.`,
  'upgrade-renewal': () =>
    'An upgrade is the first payment of the new plan, not a renewal. Answer no to one of the two questions.',
  'upgrade-not-plan': () =>
    'Only a subscription plan can be upgraded to. For a course, Guided Project, degree or organisation payment, answer no.',
  'start-before-paid': () =>
    'Start date must be on or after the payment date. If the course had already started when you paid, leave it empty.',
  'date-parts-missing': (field, { parts }) =>
    `${dateOf(formDates, field)} must include ${parts.map((p) => partNames[p]).join(' and ')}.`,
  'date-not-numbers': (field) =>
    `${dateOf(formDates, field)} must be a real date, written in numbers, for example 2 11 2026.`,
  'date-short-year': (field) =>
    `${dateOf(formDates, field)} must have a year of 4 numbers, for example 2026.`,
  unanswered: (field) => unanswered[field] ?? `Answer the question about ${field}.`,
  'start-missing': () => 'Enter the day the course or Specialization started, or will start.',
}

/** One problem in one catalogue's words. */
export function fieldErrorMessage(
  texts: FieldErrorTexts,
  error: { field: FormField; problem: FieldProblem },
): string {
  const say = texts[error.problem.code] as (field: FormField, problem: FieldProblem) => string
  return say(error.field, error.problem)
}
