import { z } from 'zod'
import { compareDates, isCalendarDate, type CalendarDate } from './dates'
import { channels, products, regions, subscriptionProducts } from './products'
import { trialRule } from './rules'
import { findRule, type RefundInput } from './assess-refund'
import { questionsFor } from './questions'

/**
 * Reading the public contract: the query string of /refunds/check and /api/refund-check.
 * One place for parsing and validation, shared by the page, the widget and the API. Each
 * problem names its field and says in plain words what is wrong and how to fix it. Values
 * from the query are never repeated back unless they are plain digits and dashes.
 */

export const fields = [
  'product',
  'channel',
  'paid',
  'trialStart',
  'trialDays',
  'today',
  'certificate',
  'renewal',
  'region',
  'upgrade',
  'start',
  'accessed',
] as const
export type Field = (typeof fields)[number]

export interface FieldError {
  field: Field
  message: string
}

export type RawQuery = Record<string, string | string[] | undefined>

export type ParseResult = { ok: true; input: RefundInput } | { ok: false; errors: FieldError[] }

export type DateFieldName = 'paid' | 'trialStart' | 'today' | 'start'

const labels: Record<DateFieldName, string> = {
  paid: 'Payment date',
  trialStart: 'Trial start date',
  today: "Today's date",
  start: 'Start date',
}

const isoShape = /^\d{4}-\d{2}-\d{2}$/

function dateField(field: DateFieldName) {
  return z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return
      if (!isoShape.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${labels[field]} must be written as year-month-day, for example 2026-11-02.`,
        })
      } else if (!isCalendarDate(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${labels[field]} ${value} does not exist. Check the day and the month.`,
        })
      }
    })
}

function choice<T extends readonly [string, ...string[]]>(
  values: T,
  missing: string | undefined,
  wrong: string,
) {
  return z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) {
        if (missing !== undefined) ctx.addIssue({ code: 'custom', message: missing })
      } else if (!(values as readonly string[]).includes(value)) {
        ctx.addIssue({ code: 'custom', message: wrong })
      }
    })
    .transform((value) => value as T[number] | undefined)
}

const yesNo = (question: string) =>
  z.enum(['yes', 'no'], { error: `${question}: answer yes or no.` }).optional()

const schema = z.object({
  product: choice(
    products,
    'Choose what you bought.',
    `Choose what you bought from the list: ${products.join(', ')}.`,
  ),
  channel: choice(
    channels,
    'Choose who charged you.',
    `Choose who charged you: ${channels.join(', ')}.`,
  ),
  paid: dateField('paid'),
  trialStart: dateField('trialStart'),
  trialDays: z
    .string()
    .optional()
    .refine(
      (v) =>
        v === undefined ||
        (/^\d{1,3}$/.test(v) && Number(v) >= trialRule.minDays && Number(v) <= trialRule.maxDays),
      {
        message: `Trial length must be a whole number of days from ${trialRule.minDays} to ${trialRule.maxDays}.`,
      },
    ),
  today: dateField('today'),
  certificate: yesNo('Certificate earned'),
  renewal: yesNo('Renewal payment'),
  region: choice(regions, undefined, `Choose where you live: ${regions.join(', ')}.`),
  upgrade: yesNo('Upgrade from another product or plan'),
  start: dateField('start'),
  accessed: yesNo('Opened paid content'),
})

/** Query values arrive as strings, arrays (repeated keys) or nothing; blank means nothing. */
function single(raw: RawQuery, errors: FieldError[]): Record<Field, string | undefined> {
  const out = {} as Record<Field, string | undefined>
  for (const field of fields) {
    const value = raw[field]
    if (Array.isArray(value)) {
      const filled = value.map((v) => v.trim()).filter(Boolean)
      if (filled.length > 1) errors.push({ field, message: `Give ${field} only once.` })
      out[field] = filled[0]
    } else {
      const trimmed = value?.trim()
      out[field] = trimmed ? trimmed : undefined
    }
  }
  return out
}

/**
 * Parses and validates a query. `clockToday` is the current date where the request is
 * served: the default for `today`, which may be any real date.
 */
export function parseRefundQuery(raw: RawQuery, clockToday: CalendarDate): ParseResult {
  const errors: FieldError[] = []
  const values = single(raw, errors)
  const result = schema.safeParse(values)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as Field
      if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message })
    }
  }
  const bad = (field: Field) => errors.some((e) => e.field === field)

  // `today` may be any real date: a reader or a client may ask about a day ahead.
  const today = values.today ?? clockToday

  if (values.paid === undefined && values.trialStart === undefined) {
    errors.push(
      { field: 'paid', message: 'Enter the date you paid, or the date your free trial started.' },
      {
        field: 'trialStart',
        message: 'Enter the date your free trial started, or the date you paid.',
      },
    )
  } else if (values.paid !== undefined && values.trialStart !== undefined) {
    errors.push(
      {
        field: 'paid',
        message:
          'Enter a payment date or a trial start date, not both. If you have paid, leave the trial start empty.',
      },
      {
        field: 'trialStart',
        message:
          'Enter a trial start date or a payment date, not both. If your trial has ended and you paid, leave this empty.',
      },
    )
  }
  if (!bad('today')) {
    for (const field of ['paid', 'trialStart'] as const) {
      const value = values[field]
      if (value !== undefined && !bad(field) && compareDates(value, today) > 0) {
        errors.push({ field, message: `${labels[field]} must be today or in the past.` })
      }
    }
  }

  const v = result.success ? result.data : null
  // Rule 7: on the web, an upgrade is the first payment of a plan; a course, a project, a
  // degree or an organisation's licence is not one. The app stores ignore the answer.
  if (v && v.upgrade === 'yes' && v.channel === 'web' && values.paid !== undefined) {
    if (v.renewal === 'yes')
      errors.push({
        field: 'upgrade',
        message:
          'An upgrade is the first payment of the new plan, not a renewal. Answer no to one of the two questions.',
      })
    else if (v.product && !subscriptionProducts.includes(v.product))
      errors.push({
        field: 'upgrade',
        message:
          'Only a subscription plan can be upgraded to. For a course, Guided Project, degree or organisation payment, answer no.',
      })
  }

  if (errors.length > 0 || !v) {
    return { ok: false, errors: fields.flatMap((f) => errors.filter((e) => e.field === f)) }
  }
  const common = {
    product: v.product!,
    channel: v.channel!,
    region: v.region ?? 'other',
    certificate: v.certificate === 'yes',
    renewal: v.renewal === 'yes',
    upgrade: v.upgrade === 'yes',
    accessed: v.accessed === 'yes',
    today,
  }
  if (values.paid !== undefined && values.start !== undefined) {
    // The start day counts only where a rule counts from it; there it cannot precede the payment.
    const rule = findRule(common)
    if (rule.countsFromStart && compareDates(values.start, values.paid) < 0) {
      return {
        ok: false,
        errors: [
          {
            field: 'start',
            message:
              'Start date must be on or after the payment date. If the course had already started when you paid, leave it empty.',
          },
        ],
      }
    }
  }
  const input: RefundInput = values.paid
    ? { ...common, paid: values.paid, ...(values.start ? { start: values.start } : {}) }
    : {
        ...common,
        trial: {
          start: values.trialStart!,
          days: v.trialDays ? Number(v.trialDays) : trialRule.defaultDays,
        },
      }
  return { ok: true, input }
}

/** The query string that reproduces an input: the address a reader can share. */
export { questionsFor }

export function refundQueryString(input: RefundInput, options: { includeToday: boolean }): string {
  const params = new URLSearchParams({ product: input.product, channel: input.channel })
  if (input.paid) params.set('paid', input.paid)
  if (input.trial) {
    params.set('trialStart', input.trial.start)
    params.set('trialDays', String(input.trial.days))
  }
  // Every question that counts for this purchase is named, yes or no, so the link says what
  // it was answered with; a question that does not count is left out.
  const yn = (b: boolean) => (b ? 'yes' : 'no')
  const asked = questionsFor({
    product: input.product,
    channel: input.channel,
    kind: input.trial ? 'trial' : 'paid',
    renewal: yn(input.renewal),
    upgrade: yn(input.upgrade),
    certificate: yn(input.certificate),
  })
  if (asked.includes('renewal')) params.set('renewal', yn(input.renewal))
  if (asked.includes('upgrade')) params.set('upgrade', yn(input.upgrade))
  if (asked.includes('certificate')) params.set('certificate', yn(input.certificate))
  if (asked.includes('start') && input.start) params.set('start', input.start)
  if (asked.includes('accessed')) params.set('accessed', yn(input.accessed))
  if (asked.includes('region')) params.set('region', input.region)
  if (options.includeToday) params.set('today', input.today)
  return params.toString()
}
