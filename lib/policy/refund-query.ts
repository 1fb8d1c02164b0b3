import { z } from 'zod'
import { addDays, compareDates, isCalendarDate, type CalendarDate } from './dates'
import { channels, products, regions } from './products'
import { trialRule } from './rules'
import type { RefundInput } from './assess-refund'

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
] as const
export type Field = (typeof fields)[number]

export interface FieldError {
  field: Field
  message: string
}

export type RawQuery = Record<string, string | string[] | undefined>

export type ParseResult = { ok: true; input: RefundInput } | { ok: false; errors: FieldError[] }

const labels: Record<'paid' | 'trialStart' | 'today', string> = {
  paid: 'Payment date',
  trialStart: 'Trial start date',
  today: "Today's date",
}

const isoShape = /^\d{4}-\d{2}-\d{2}$/

function dateField(field: 'paid' | 'trialStart' | 'today') {
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
 * served; it is the default for `today` and the latest `today` accepted (plus one day, since
 * a reader east of the server may already be a day ahead).
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

  const today = values.today ?? clockToday
  if (!bad('today') && values.today && compareDates(values.today, addDays(clockToday, 1)) > 0) {
    errors.push({
      field: 'today',
      message: "Today's date cannot be in the future. Leave it empty to use today.",
    })
  }

  if (values.paid === undefined && values.trialStart === undefined) {
    errors.push({
      field: 'paid',
      message: 'Enter the date you paid, or the date your free trial started.',
    })
  } else if (values.paid !== undefined && values.trialStart !== undefined) {
    errors.push({
      field: 'trialStart',
      message:
        'Enter a payment date or a trial start date, not both. If you have paid, leave the trial start empty.',
    })
  }
  if (!bad('today')) {
    for (const field of ['paid', 'trialStart'] as const) {
      const value = values[field]
      if (value !== undefined && !bad(field) && compareDates(value, today) > 0) {
        errors.push({ field, message: `${labels[field]} must be today or in the past.` })
      }
    }
  }

  if (errors.length > 0 || !result.success) {
    return { ok: false, errors: fields.flatMap((f) => errors.filter((e) => e.field === f)) }
  }
  const v = result.data
  const common = {
    product: v.product!,
    channel: v.channel!,
    region: v.region ?? 'other',
    certificate: v.certificate === 'yes',
    renewal: v.renewal === 'yes',
    today,
  }
  const input: RefundInput = values.paid
    ? { ...common, paid: values.paid }
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
export function refundQueryString(input: RefundInput, options: { includeToday: boolean }): string {
  const params = new URLSearchParams({ product: input.product, channel: input.channel })
  if (input.paid) params.set('paid', input.paid)
  if (input.trial) {
    params.set('trialStart', input.trial.start)
    params.set('trialDays', String(input.trial.days))
  }
  if (input.certificate) params.set('certificate', 'yes')
  if (input.renewal) params.set('renewal', 'yes')
  if (input.region !== 'other') params.set('region', input.region)
  if (options.includeToday) params.set('today', input.today)
  return params.toString()
}
