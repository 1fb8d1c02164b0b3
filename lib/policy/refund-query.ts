import { z } from 'zod'
import { compareDates, isCalendarDate, type CalendarDate } from './dates'
import { channels, products, regions, subscriptionProducts } from './products'
import { trialRule } from './rules'
import { findRule, type RefundInput } from './assess-refund'
import { questionsFor } from './questions'
import type { FieldProblem } from './field-problems'

/**
 * Reading the public contract: the query string of /refunds/check and /api/refund-check.
 * One place for parsing and validation, shared by the page, the widget and the API. Each
 * problem names its field and what is wrong, as a code (lib/policy/field-problems.ts); the
 * message catalogues say it in words. Values from the query are never carried back unless
 * they are plain digits and dashes.
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
  problem: FieldProblem
}

export type RawQuery = Record<string, string | string[] | undefined>

export type ParseResult = { ok: true; input: RefundInput } | { ok: false; errors: FieldError[] }

export type DateFieldName = 'paid' | 'trialStart' | 'today' | 'start'

const isoShape = /^\d{4}-\d{2}-\d{2}$/

/** zod carries our problem in a custom issue's params. */
function issue(ctx: z.RefinementCtx, problem: FieldProblem) {
  ctx.addIssue({ code: 'custom', message: problem.code, params: { problem } })
}

function dateField() {
  return z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return
      if (!isoShape.test(value)) {
        issue(ctx, { code: 'date-shape' })
      } else if (!isCalendarDate(value)) {
        issue(ctx, { code: 'date-not-real', value })
      }
    })
}

function choice<T extends readonly [string, ...string[]]>(values: T, required: boolean) {
  return z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) {
        if (required) issue(ctx, { code: 'missing' })
      } else if (!(values as readonly string[]).includes(value)) {
        issue(ctx, { code: 'not-listed', allowed: values })
      }
    })
    .transform((value) => value as T[number] | undefined)
}

const yesNo = () =>
  z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value !== undefined && value !== 'yes' && value !== 'no') issue(ctx, { code: 'yes-no' })
    })
    .transform((value) => value as 'yes' | 'no' | undefined)

const schema = z.object({
  product: choice(products, true),
  channel: choice(channels, true),
  paid: dateField(),
  trialStart: dateField(),
  trialDays: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      const { minDays: min, maxDays: max } = trialRule
      if (v !== undefined && !(/^\d{1,3}$/.test(v) && Number(v) >= min && Number(v) <= max))
        issue(ctx, { code: 'trial-days', min, max })
    }),
  today: dateField(),
  certificate: yesNo(),
  renewal: yesNo(),
  region: choice(regions, false),
  upgrade: yesNo(),
  start: dateField(),
  accessed: yesNo(),
})

/** Query values arrive as strings, arrays (repeated keys) or nothing; blank means nothing. */
function single(raw: RawQuery, errors: FieldError[]): Record<Field, string | undefined> {
  const out = {} as Record<Field, string | undefined>
  for (const field of fields) {
    const value = raw[field]
    if (Array.isArray(value)) {
      const filled = value.map((v) => v.trim()).filter(Boolean)
      if (filled.length > 1) errors.push({ field, problem: { code: 'repeated' } })
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
      const problem = (issue as { params?: { problem?: FieldProblem } }).params?.problem
      if (!problem) throw new Error(`An issue without a problem code on ${field}: ${issue.message}`)
      if (!errors.some((e) => e.field === field)) errors.push({ field, problem })
    }
  }
  const bad = (field: Field) => errors.some((e) => e.field === field)

  // `today` may be any real date: a reader or a client may ask about a day ahead.
  const today = values.today ?? clockToday

  if (values.paid === undefined && values.trialStart === undefined) {
    errors.push(
      { field: 'paid', problem: { code: 'paid-or-trial' } },
      { field: 'trialStart', problem: { code: 'paid-or-trial' } },
    )
  } else if (values.paid !== undefined && values.trialStart !== undefined) {
    errors.push(
      { field: 'paid', problem: { code: 'paid-and-trial' } },
      { field: 'trialStart', problem: { code: 'paid-and-trial' } },
    )
  }
  if (!bad('today')) {
    for (const field of ['paid', 'trialStart'] as const) {
      const value = values[field]
      if (value !== undefined && !bad(field) && compareDates(value, today) > 0) {
        errors.push({ field, problem: { code: 'date-future' } })
      }
    }
  }

  const v = result.success ? result.data : null
  // Rule 7: on the web, an upgrade is the first payment of a plan; a course, a project, a
  // degree or an organisation's licence is not one. The app stores ignore the answer.
  if (v && v.upgrade === 'yes' && v.channel === 'web' && values.paid !== undefined) {
    if (v.renewal === 'yes') errors.push({ field: 'upgrade', problem: { code: 'upgrade-renewal' } })
    else if (v.product && !subscriptionProducts.includes(v.product))
      errors.push({ field: 'upgrade', problem: { code: 'upgrade-not-plan' } })
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
        errors: [{ field: 'start', problem: { code: 'start-before-paid' } }],
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
