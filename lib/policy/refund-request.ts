import type { CalendarDate } from './dates'
import { isFormSubmission, readRefundForm, type FormError } from './refund-form'
import { fields, parseRefundQuery, type ParseResult, type RawQuery } from './refund-query'

/** The order the refund check's form asks its questions in: its error summary follows it. */
const formOrder: readonly string[] = [
  'product',
  'channel',
  'kind',
  'paid',
  'trialStart',
  'trialDays',
  'renewal',
  'upgrade',
  'certificate',
  'startAfter',
  'start',
  'accessed',
  'region',
  'today',
]

/** The query as a URL's search parameters give it: repeated names become lists. */
export function rawQueryOf(params: URLSearchParams): RawQuery {
  const raw: Record<string, string | string[]> = {}
  for (const [key, value] of params) {
    const seen = raw[key]
    raw[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value]
  }
  return raw
}

/**
 * What the refund check page was asked. A shared link is read as the contract, with its
 * defaults. A form submission (three-box dates, `kind`) is first turned into the contract's
 * query, and every question that changes the verdict must have been answered: the form
 * presets none of them. `parsed` is null when nothing was asked (the empty form).
 */
export type RefundRequest =
  Extract<ParseResult, { ok: true }> | { ok: false; errors: FormError[] } | null

export function readRefundRequest(
  raw: RawQuery,
  clockToday: CalendarDate,
): { parsed: RefundRequest } {
  const fromForm = isFormSubmission(raw)
  const asked = fromForm || fields.some((f) => raw[f] !== undefined)
  if (!asked) return { parsed: null }
  const form = fromForm ? readRefundForm(raw) : { query: raw, errors: [] as FormError[] }
  const parsed = parseRefundQuery(form.query, clockToday)
  if (form.errors.length === 0) return { parsed }
  // The form's own errors first (a date typed wrong), then the contract's on other fields.
  const errors: FormError[] = [...form.errors]
  if (!parsed.ok)
    for (const e of parsed.errors) if (!errors.some((x) => x.field === e.field)) errors.push(e)
  errors.sort((a, b) => formOrder.indexOf(a.field) - formOrder.indexOf(b.field))
  return { parsed: { ok: false, errors } }
}
