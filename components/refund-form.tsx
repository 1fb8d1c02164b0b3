import type { ReactNode } from 'react'
import { fieldErrorMessage, type FieldErrorTexts } from '@/lib/i18n/field-errors'
import type { Messages } from '@/lib/i18n/messages'
import { channels, regions, subscriptionProducts } from '@/lib/policy/products'
import type { PolicyTexts } from '@/lib/i18n/policy-texts'
import { trialRule } from '@/lib/policy/rules'
import { dateParts } from '@/lib/policy/date-parts'
import type { DateFieldName } from '@/lib/policy/refund-query'
import type { FormError, FormField } from '@/lib/policy/refund-form'
import { Kept, type FragmentCache } from './fragment-cache'

/** What the form shows: the contract's fields, the form's own, and each date's three boxes. */
export type FormValues = Partial<Record<string, string>>

/** The order a reader sees products in: plans first, then things paid once, then the rest. */
const productOrder = [
  'plus-monthly',
  'plus-annual',
  'lite',
  'specialization-monthly',
  'course',
  'guided-project',
  'degree',
  'organization',
] as const

interface Props {
  t: Messages['calculator']
  /** The words for each field problem. */
  fieldErrors: FieldErrorTexts
  /** What the contract's values are called. */
  names: Pick<PolicyTexts, 'products' | 'channels' | 'regions'>
  /** This edition's addresses (the form sends to its own refund check). */
  paths: Messages['paths']
  values: FormValues
  errors: FormError[]
  /** The date the server counts as today (UTC), for the script that answers as you type. */
  serverToday: string
  /** This edition's rendered questions, kept between requests (components/fragment-cache.tsx). */
  cache?: FragmentCache
}

/** The id an error-summary link points at: the field's first input. */
export function fieldAnchor(field: FormField): string {
  switch (field) {
    case 'product':
      return `product-${productOrder[0]}`
    case 'channel':
      return `channel-${channels[0]}`
    case 'region':
      return `region-${regions[0]}`
    case 'certificate':
    case 'renewal':
    case 'upgrade':
    case 'accessed':
    case 'startAfter':
    case 'kind':
      return `${field}-${field === 'kind' ? 'paid' : 'no'}`
    case 'paid':
    case 'trialStart':
    case 'start':
    case 'today':
      return `${field}-day`
    default:
      return field
  }
}

/** A field's error as shown: what screen readers hear first ("Error: "), then the words. */
interface ShownError {
  prefix: string
  message: string
}

function ErrorText({ id, error }: { id: string; error?: ShownError }) {
  if (!error) return null
  return (
    <p id={id} className="field-error">
      <span className="sr-only">{error.prefix}</span>
      {error.message}
    </p>
  )
}

function Radios(props: {
  name: FormField
  legend: string
  hint?: ReactNode
  options: readonly { value: string; label: string; paidOnce?: boolean }[]
  checked: string | undefined
  /** The field's error, in the reader's words. */
  error?: ShownError
  size?: 'large' | 'small'
  /** A question asked only for some purchases: the script hides it where it does not count. */
  question?: string
  /** Where this edition keeps the questions it has rendered (components/fragment-cache.tsx). */
  cache?: FragmentCache
}) {
  const { name, legend, hint, options, checked, error, cache } = props
  const className = `field${error ? ' field-has-error' : ''}`
  // The question's look depends only on its name, which of its options is chosen (anything
  // else in the query chooses none) and its error: a short list of states, whatever is sent.
  const chosen = options.some((o) => o.value === checked) ? checked : ''
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(' ')
  const fieldset = (
    <fieldset aria-describedby={describedBy || undefined}>
      <legend className={props.size === 'small' ? 'field-label' : 'field-legend'}>{legend}</legend>
      {hint ? (
        <div id={`${name}-hint`} className="field-hint">
          {hint}
        </div>
      ) : null}
      <ErrorText id={`${name}-error`} error={error} />
      <div className={props.size === 'small' ? 'radios radios-inline' : 'radios'}>
        {options.map((o) => (
          <div className="radio" key={o.value}>
            <input
              type="radio"
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={checked === o.value}
              data-paid-once={o.paidOnce ? '' : undefined}
            />
            <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  )
  return (
    <Kept
      cache={cache}
      cacheKey={`radios ${name} ${chosen} ${error?.message ?? ''}`}
      className={className}
      data-question={props.question}
    >
      {fieldset}
    </Kept>
  )
}

/** GOV.UK's date input: day, month and year boxes, so what is typed reaches the check as typed. */
function DateField(props: {
  name: DateFieldName
  label: string
  hint: string
  values: FormValues
  /** The field's error, in the reader's words. */
  error?: ShownError
  t: Messages['calculator']['dateParts']
  /** Where this edition keeps the fields it has rendered empty (components/fragment-cache.tsx). */
  cache?: FragmentCache
}) {
  const { name, label, hint, values, error, t } = props
  const className = `field${error ? ' field-has-error' : ''}`
  // Only an empty field, with no error, is kept: what a reader typed is not a short list.
  const empty = !error && dateParts.every((part) => !values[`${name}-${part}`])
  const cache = empty ? props.cache : undefined
  const fieldset = (
    <fieldset role="group" aria-describedby={`${name}-hint${error ? ` ${name}-error` : ''}`}>
      <legend className="field-label">{label}</legend>
      <p id={`${name}-hint`} className="field-hint">
        {hint}
      </p>
      <ErrorText id={`${name}-error`} error={error} />
      <div className="date-input">
        {dateParts.map((part) => (
          <div className="date-input-item" key={part}>
            <label htmlFor={`${name}-${part}`}>{t[part]}</label>
            <input
              className={`input date-input-${part}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              id={`${name}-${part}`}
              name={`${name}-${part}`}
              defaultValue={values[`${name}-${part}`]}
              aria-invalid={error ? true : undefined}
            />
          </div>
        ))}
      </div>
    </fieldset>
  )
  return (
    <Kept cache={cache} cacheKey={`date ${name}`} className={className} data-date={name}>
      {fieldset}
    </Kept>
  )
}

/** A contract date (YYYY-MM-DD) as the three boxes show it, for answers opened from a link. */
export function datePartValues(values: FormValues): FormValues {
  const out = { ...values }
  for (const name of ['paid', 'trialStart', 'start', 'today'] as const) {
    const iso = values[name]
    const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
    if (!m || [`${name}-day`, `${name}-month`, `${name}-year`].some((k) => values[k])) continue
    out[`${name}-day`] = String(Number(m[3]))
    out[`${name}-month`] = String(Number(m[2]))
    out[`${name}-year`] = m[1]
  }
  return out
}

/**
 * The calculator form: a real GET form the server answers, one question per fieldset, in
 * GOV.UK's patterns. With JavaScript, components/enhance/refund-form.ts answers as you type.
 */
export function RefundForm({
  t,
  fieldErrors,
  names,
  paths,
  values: given,
  errors,
  serverToday,
  cache,
}: Props) {
  const values = datePartValues(given)
  const errorFor = (field: FormField) => {
    const error = errors.find((e) => e.field === field)
    return error
      ? { prefix: t.errorPrefix, message: fieldErrorMessage(fieldErrors, error) }
      : undefined
  }
  const yesNo = (q: { no: string; yes: string }) => [
    { value: 'no', label: q.no },
    { value: 'yes', label: q.yes },
  ]
  const kind = values.kind ?? (values.trialStart && !values.paid ? 'trial' : 'paid')
  return (
    <form
      id="refund-form"
      className="refund-form"
      method="get"
      action={`${paths.check}#result`}
      data-today={serverToday}
      noValidate
    >
      <Radios
        cache={cache}
        name="product"
        legend={t.product.legend}
        hint={t.product.hint}
        // Marks what is paid once, so forms.css can hide the subscription-only questions
        // (renewal, upgrade) without JavaScript too.
        options={productOrder.map((p) => ({
          value: p,
          label: names.products[p],
          paidOnce: !subscriptionProducts.includes(p),
        }))}
        checked={values.product}
        error={errorFor('product')}
      />
      <Radios
        cache={cache}
        name="channel"
        legend={t.channel.legend}
        hint={
          <>
            {t.channel.hint} <a href={paths.charges}>{t.channel.help}</a>.
          </>
        }
        options={channels.map((c) => ({ value: c, label: names.channels[c] }))}
        checked={values.channel}
        error={errorFor('channel')}
      />
      <Radios
        cache={cache}
        name="kind"
        legend={t.kind.legend}
        options={[
          { value: 'paid', label: t.kind.paid },
          { value: 'trial', label: t.kind.trial },
        ]}
        checked={kind}
      />
      <div className="kind-block kind-paid">
        <DateField
          cache={cache}
          name="paid"
          label={t.paid.label}
          hint={t.paid.hint}
          values={values}
          error={errorFor('paid')}
          t={t.dateParts}
        />
        <Radios
          cache={cache}
          name="renewal"
          size="small"
          question="renewal"
          legend={t.renewal.legend}
          hint={t.renewal.hint}
          options={yesNo(t.renewal)}
          checked={values.renewal}
          error={errorFor('renewal')}
        />
        <Radios
          cache={cache}
          name="upgrade"
          size="small"
          question="upgrade"
          legend={t.upgrade.legend}
          hint={t.upgrade.hint}
          options={yesNo(t.upgrade)}
          checked={values.upgrade}
          error={errorFor('upgrade')}
        />
        <Radios
          cache={cache}
          name="certificate"
          size="small"
          question="certificate"
          legend={t.certificate.legend}
          options={yesNo(t.certificate)}
          checked={values.certificate}
          error={errorFor('certificate')}
        />
        <div data-question="start">
          <Radios
            cache={cache}
            name="startAfter"
            size="small"
            legend={t.startAfter.legend}
            hint={t.startAfter.hint}
            options={yesNo(t.startAfter)}
            checked={values.startAfter ?? (values.start ? 'yes' : undefined)}
            error={errorFor('startAfter')}
          />
          <DateField
            cache={cache}
            name="start"
            label={t.start.label}
            hint={t.start.hint}
            values={values}
            error={errorFor('start')}
            t={t.dateParts}
          />
        </div>
        <Radios
          cache={cache}
          name="accessed"
          size="small"
          question="accessed"
          legend={t.accessed.legend}
          hint={t.accessed.hint}
          options={yesNo(t.accessed)}
          checked={values.accessed}
          error={errorFor('accessed')}
        />
      </div>
      <div className="kind-block kind-trial">
        <DateField
          cache={cache}
          name="trialStart"
          label={t.trialStart.label}
          hint={t.trialStart.hint}
          values={values}
          error={errorFor('trialStart')}
          t={t.dateParts}
        />
        <div className={`field${errorFor('trialDays') ? ' field-has-error' : ''}`}>
          <label className="field-label" htmlFor="trialDays">
            {t.trialDays.label}
          </label>
          <p id="trialDays-hint" className="field-hint">
            {t.trialDays.hint}
          </p>
          <ErrorText id="trialDays-error" error={errorFor('trialDays')} />
          <input
            className="input input-short"
            type="number"
            inputMode="numeric"
            id="trialDays"
            name="trialDays"
            min={trialRule.minDays}
            max={trialRule.maxDays}
            step={1}
            defaultValue={values.trialDays ?? String(trialRule.defaultDays)}
            aria-describedby={`trialDays-hint${errorFor('trialDays') ? ' trialDays-error' : ''}`}
            aria-invalid={errorFor('trialDays') ? true : undefined}
          />
        </div>
      </div>
      <Radios
        cache={cache}
        name="region"
        legend={t.region.legend}
        hint={t.region.hint}
        options={regions.map((r) => ({ value: r, label: names.regions[r] }))}
        checked={values.region}
        error={errorFor('region')}
        size="small"
        question="region"
      />
      <details className="field-details" open={Boolean(values.today || errorFor('today'))}>
        <summary>{t.today.summary}</summary>
        <DateField
          cache={cache}
          name="today"
          label={t.today.label}
          hint={t.today.hint}
          values={values}
          error={errorFor('today')}
          t={t.dateParts}
        />
      </details>
      <button type="submit" className="button">
        {t.submit}
      </button>
    </form>
  )
}
