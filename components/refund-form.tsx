import './calculator.css'
import './forms.css'
import type { ReactNode } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import {
  productLabels,
  products,
  channelLabels,
  channels,
  regionLabels,
  regions,
} from '@/lib/policy/products'
import { trialRule } from '@/lib/policy/rules'
import type { Field, FieldError } from '@/lib/policy/refund-query'

export type FormValues = Partial<Record<Field | 'kind', string>>

interface Props {
  t: Messages['calculator']
  values: FormValues
  errors: FieldError[]
  /** The latest date a reader may enter (the server's date plus one day). */
  maxDate: string
  /** The date the server counts as today (UTC), for the script that answers as you type. */
  serverToday: string
}

/** The id an error-summary link points at: the field's first input. */
export function fieldAnchor(field: Field): string {
  switch (field) {
    case 'product':
      return `product-${products[0]}`
    case 'channel':
      return `channel-${channels[0]}`
    case 'region':
      return `region-${regions[0]}`
    case 'certificate':
      return 'certificate-no'
    case 'renewal':
      return 'renewal-no'
    default:
      return field
  }
}

function ErrorText({ id, error }: { id: string; error?: FieldError }) {
  if (!error) return null
  return (
    <p id={id} className="field-error">
      <span className="sr-only">Error: </span>
      {error.message}
    </p>
  )
}

function Radios(props: {
  name: Field | 'kind'
  legend: string
  hint?: ReactNode
  options: readonly { value: string; label: string }[]
  checked: string | undefined
  error?: FieldError
  size?: 'large' | 'small'
}) {
  const { name, legend, hint, options, checked, error } = props
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`field${error ? ' field-has-error' : ''}`}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend className={props.size === 'small' ? 'field-label' : 'field-legend'}>
          {legend}
        </legend>
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
              />
              <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

function DateField(props: {
  name: 'paid' | 'trialStart' | 'today'
  label: string
  hint: string
  value: string | undefined
  error?: FieldError
  max: string
}) {
  const { name, label, hint, value, error, max } = props
  return (
    <div className={`field${error ? ' field-has-error' : ''}`}>
      <label className="field-label" htmlFor={name}>
        {label}
      </label>
      <p id={`${name}-hint`} className="field-hint">
        {hint}
      </p>
      <ErrorText id={`${name}-error`} error={error} />
      <input
        className="input input-date"
        type="date"
        id={name}
        name={name}
        defaultValue={value}
        max={max}
        aria-describedby={`${name}-hint${error ? ` ${name}-error` : ''}`}
        aria-invalid={error ? true : undefined}
      />
    </div>
  )
}

/**
 * The calculator form: a real GET form the server answers, one question per fieldset, in
 * GOV.UK's patterns. With JavaScript, components/enhance/refund-form.ts answers as you type.
 */
export function RefundForm({ t, values, errors, maxDate, serverToday }: Props) {
  const errorFor = (field: Field) => errors.find((e) => e.field === field)
  const kind = values.kind ?? (values.trialStart && !values.paid ? 'trial' : 'paid')
  return (
    <form
      id="refund-form"
      className="refund-form"
      method="get"
      action="/refunds/check#result"
      data-today={serverToday}
      noValidate
    >
      <Radios
        name="product"
        legend={t.product.legend}
        hint={t.product.hint}
        options={products.map((p) => ({ value: p, label: productLabels[p] }))}
        checked={values.product}
        error={errorFor('product')}
      />
      <Radios
        name="channel"
        legend={t.channel.legend}
        hint={
          <>
            {t.channel.hint} <a href="/charges">{t.channel.help}</a>.
          </>
        }
        options={channels.map((c) => ({ value: c, label: channelLabels[c] }))}
        checked={values.channel}
        error={errorFor('channel')}
      />
      <Radios
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
          name="paid"
          label={t.paid.label}
          hint={t.paid.hint}
          value={values.paid}
          error={errorFor('paid')}
          max={maxDate}
        />
        <Radios
          name="renewal"
          size="small"
          legend={t.renewal.legend}
          hint={t.renewal.hint}
          options={[
            { value: 'no', label: t.renewal.no },
            { value: 'yes', label: t.renewal.yes },
          ]}
          checked={values.renewal ?? 'no'}
          error={errorFor('renewal')}
        />
        <Radios
          name="certificate"
          size="small"
          legend={t.certificate.legend}
          options={[
            { value: 'no', label: t.certificate.no },
            { value: 'yes', label: t.certificate.yes },
          ]}
          checked={values.certificate ?? 'no'}
          error={errorFor('certificate')}
        />
      </div>
      <div className="kind-block kind-trial">
        <DateField
          name="trialStart"
          label={t.trialStart.label}
          hint={t.trialStart.hint}
          value={values.trialStart}
          error={errorFor('trialStart')}
          max={maxDate}
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
        name="region"
        legend={t.region.legend}
        hint={t.region.hint}
        options={regions.map((r) => ({ value: r, label: regionLabels[r] }))}
        checked={values.region ?? 'other'}
        error={errorFor('region')}
        size="small"
      />
      <details className="field-details" open={Boolean(values.today || errorFor('today'))}>
        <summary>{t.today.summary}</summary>
        <DateField
          name="today"
          label={t.today.label}
          hint={t.today.hint}
          value={values.today}
          error={errorFor('today')}
          max={maxDate}
        />
      </details>
      <button type="submit" className="button">
        {t.submit}
      </button>
    </form>
  )
}
