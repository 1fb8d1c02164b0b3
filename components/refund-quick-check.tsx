'use client'
import './refund-quick-check.css'
import './forms.css'

import { useRef, useState } from 'react'

type Option = { value: string; label: string }

interface Strings {
  title: string
  lead: string
  submit: string
  more: string
  full: string
  loading: string
  failed: string
  placeholder: string
  choose: string
  productLabel: string
  channelLabel: string
  paidLabel: string
  renewalLabel: string
  certificateLabel: string
  regionLabel: string
  trialStartLabel: string
  trialDaysLabel: string
  todayLabel: string
  yes: string
  no: string
  verdicts: Record<string, string>
  dateLabels: Record<(typeof dateKeys)[number], string>
}

interface Props {
  s: Strings
  products: Option[]
  channels: Option[]
  regions: Option[]
}

type Answer =
  | { state: 'idle' | 'loading' | 'failed' }
  | { state: 'errors'; messages: string[] }
  | { state: 'answer'; verdict: string; dates: [label: string, iso: string][]; href: string }

const dateKeys = [
  'safeDeadline',
  'deadline',
  'lastFreeDay',
  'firstCharge',
  'statutoryDeadline',
] as const

/** "Friday, 27 November 2026", computed on UTC so the reader's time zone cannot shift it. */
function spell(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d))
}

/**
 * The short calculator embedded in the refund guide. Without JavaScript it is a GET form that
 * opens the full check; with JavaScript it asks the JSON API (the same decision as the full
 * page) and shows the verdict in place.
 */
export function RefundQuickCheck({ s, products, channels, regions }: Props) {
  const [answer, setAnswer] = useState<Answer>({ state: 'idle' })
  const latest = useRef(0)

  async function check(form: HTMLFormElement) {
    const params = new URLSearchParams()
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim()) params.set(key, value.trim())
    }
    if (
      !params.has('product') ||
      !params.has('channel') ||
      !(params.has('paid') || params.has('trialStart'))
    )
      return
    const ticket = ++latest.current
    setAnswer({ state: 'loading' })
    try {
      const response = await fetch(`/api/refund-check?${params}`)
      const body = await response.json()
      if (ticket !== latest.current) return
      if (response.status === 400) {
        setAnswer({
          state: 'errors',
          messages: body.errors.map((e: { message: string }) => e.message),
        })
      } else if (response.ok) {
        const dates = dateKeys
          .filter((k) => body[k])
          .map((k) => [s.dateLabels[k], body[k]] as [string, string])
        setAnswer({
          state: 'answer',
          verdict: body.verdict,
          dates,
          href: `/refunds/check?${params}#result`,
        })
      } else {
        setAnswer({ state: 'failed' })
      }
    } catch {
      if (ticket === latest.current) setAnswer({ state: 'failed' })
    }
  }

  const select = (name: string, label: string, options: Option[], blank = true) => (
    <div className="quick-field">
      <label htmlFor={`quick-${name}`}>{label}</label>
      <select id={`quick-${name}`} name={name} className="input" defaultValue="">
        {blank ? <option value="">{s.choose}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  const date = (name: string, label: string) => (
    <div className="quick-field">
      <label htmlFor={`quick-${name}`}>{label}</label>
      <input id={`quick-${name}`} name={name} type="date" className="input input-date" />
    </div>
  )
  const yesNo: Option[] = [
    { value: 'no', label: s.no },
    { value: 'yes', label: s.yes },
  ]

  return (
    <section className="quick-check not-prose" aria-labelledby="quick-check-title">
      <h2 id="quick-check-title">{s.title}</h2>
      <p className="field-hint">{s.lead}</p>
      <form
        method="get"
        action="/refunds/check#result"
        noValidate
        onChange={(e) => void check(e.currentTarget)}
        onSubmit={(e) => {
          e.preventDefault()
          void check(e.currentTarget)
        }}
      >
        <div className="quick-grid">
          {select('product', s.productLabel, products)}
          {select('channel', s.channelLabel, channels)}
          {date('paid', s.paidLabel)}
        </div>
        <details className="field-details">
          <summary>{s.more}</summary>
          <div className="quick-grid">
            {select('renewal', s.renewalLabel, yesNo, false)}
            {select('certificate', s.certificateLabel, yesNo, false)}
            {select('region', s.regionLabel, regions, false)}
            {date('trialStart', s.trialStartLabel)}
            <div className="quick-field">
              <label htmlFor="quick-trialDays">{s.trialDaysLabel}</label>
              <input
                id="quick-trialDays"
                name="trialDays"
                type="number"
                min={1}
                max={90}
                className="input input-short"
              />
            </div>
            {date('today', s.todayLabel)}
          </div>
        </details>
        <button type="submit" className="button">
          {s.submit}
        </button>
      </form>
      <div
        className="quick-answer"
        role="status"
        data-verdict={answer.state === 'answer' ? answer.verdict : undefined}
      >
        {answer.state === 'idle' ? <p>{s.placeholder}</p> : null}
        {answer.state === 'loading' ? <p>{s.loading}</p> : null}
        {answer.state === 'failed' ? <p>{s.failed}</p> : null}
        {answer.state === 'errors' ? (
          <ul className="quick-errors">
            {answer.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
        {answer.state === 'answer' ? (
          <>
            <p className="quick-verdict">{s.verdicts[answer.verdict]}</p>
            <ul>
              {answer.dates.map(([label, iso]) => (
                <li key={label}>
                  {label}: <time dateTime={iso}>{spell(iso)}</time>
                </li>
              ))}
            </ul>
            <a href={answer.href}>{s.full}</a>
          </>
        ) : null}
      </div>
    </section>
  )
}
