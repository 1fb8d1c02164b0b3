import { readDateParts } from './date-parts'
import type { FieldProblem } from './field-problems'
import { channels, products, type Channel, type Product } from './products'
import { fields, type DateFieldName, type Field, type RawQuery } from './refund-query'
import { questionsFor } from './questions'

/**
 * A submission of the calculator form, as opposed to a shared contract link. The form sends
 * dates as three boxes and may leave questions unanswered; a link names YYYY-MM-DD dates and
 * relies on the contract's defaults. `kind` (paid or trial) and `startAfter` exist only in
 * the form.
 */
export type FormField = Field | 'kind' | 'startAfter'
export interface FormError {
  field: FormField
  problem: FieldProblem
}

const dateFields: readonly DateFieldName[] = ['paid', 'trialStart', 'start', 'today']

function one(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  const trimmed = v?.trim()
  return trimmed ? trimmed : undefined
}

/** True when the query came from the form (it has the form's own fields), not from a link. */
export function isFormSubmission(raw: RawQuery): boolean {
  return Object.keys(raw).some((k) => k === 'kind' || /-(day|month|year)$/.test(k))
}

/**
 * Turns a form submission into the contract's query, with an error for each date typed
 * wrong and each question that changes the verdict and was left unanswered.
 */
export function readRefundForm(raw: RawQuery): { query: RawQuery; errors: FormError[] } {
  const errors: FormError[] = []
  const query: RawQuery = {}
  for (const f of fields) query[f] = one(raw[f])

  for (const field of dateFields) {
    const parts = readDateParts(
      one(raw[`${field}-day`]),
      one(raw[`${field}-month`]),
      one(raw[`${field}-year`]),
    )
    if (parts.kind === 'date') query[field] = parts.value
    else if (parts.kind === 'missing')
      errors.push({ field, problem: { code: 'date-parts-missing', parts: parts.parts } })
    else if (parts.kind === 'not-numbers')
      errors.push({ field, problem: { code: 'date-not-numbers' } })
    else if (parts.kind === 'short-year')
      errors.push({ field, problem: { code: 'date-short-year' } })
  }

  const kindValue = one(raw.kind)
  const kind: 'paid' | 'trial' =
    kindValue === 'trial' || (kindValue === undefined && query.trialStart && !query.paid)
      ? 'trial'
      : 'paid'
  // Only the chosen kind's fields count: the form sends both kinds' boxes.
  if (kind === 'trial') {
    for (const f of ['paid', 'renewal', 'certificate', 'upgrade', 'start', 'accessed'] as const)
      delete query[f]
    for (const e of errors.filter((e) => e.field === 'paid' || e.field === 'start'))
      errors.splice(errors.indexOf(e), 1)
  } else {
    delete query.trialStart
    delete query.trialDays
    for (const e of errors.filter((e) => e.field === 'trialStart'))
      errors.splice(errors.indexOf(e), 1)
  }

  const product = products.find((p) => p === query.product) as Product | undefined
  const channel = channels.find((c) => c === query.channel) as Channel | undefined
  const yesNo = (v: unknown) => (v === 'yes' || v === 'no' ? v : undefined)
  const asked = questionsFor({
    product,
    channel,
    kind,
    renewal: yesNo(query.renewal),
    upgrade: yesNo(query.upgrade),
    certificate: yesNo(query.certificate),
  })
  for (const q of asked) {
    if (q === 'start') {
      const after = one(raw.startAfter)
      if (after === undefined) errors.push({ field: 'startAfter', problem: { code: 'unanswered' } })
      else if (after === 'yes' && !query.start && !errors.some((e) => e.field === 'start'))
        errors.push({ field: 'start', problem: { code: 'start-missing' } })
      else if (after === 'no') delete query.start
    } else if (query[q] === undefined) errors.push({ field: q, problem: { code: 'unanswered' } })
  }
  // Answers to questions that do not apply to this purchase are not passed on.
  for (const q of ['renewal', 'certificate', 'upgrade', 'accessed', 'region', 'start'] as const)
    if (!asked.includes(q)) delete query[q]
  return { query, errors }
}
