import { EnhanceScript } from './enhance-script'

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
  accessedLabel: string
  upgradeLabel: string
  dateParts: { day: string; month: string; year: string }
  trialStartLabel: string
  trialDaysLabel: string
  todayLabel: string
  yes: string
  no: string
  verdicts: Record<string, string>
  /** The API's date fields and their labels, in the order the answer lists them. */
  dateLabels: Record<
    | 'safeDeadline'
    | 'deadline'
    | 'lastFreeDay'
    | 'firstCharge'
    | 'statutoryDeadline'
    | 'googleSafe'
    | 'googleDeadline',
    string
  >
  /** "{n} days left", "today is the last day", "passed {n} days ago": n replaces {n}. */
  daysLeft: { many: string; one: string; zero: string; past: string; pastOne: string }
  fromPayment: string
  /** The page's locale for dates, and its colon (French puts a space before it). */
  locale: string
  colon: string
}

interface Props {
  s: Strings
  /** The full check of this edition: where the form goes without JavaScript. */
  action: string
  products: Option[]
  channels: Option[]
  regions: Option[]
}

/**
 * The short calculator embedded in the refund guide. Without JavaScript it is a GET form that
 * opens the full check; with JavaScript (components/enhance/quick-check.ts) it asks the JSON
 * API (the same decision as the full page) and shows the verdict in place. The strings the
 * script needs travel in one data attribute.
 */
export function RefundQuickCheck({ s, action, products, channels, regions }: Props) {
  const scriptStrings = {
    full: s.full,
    loading: s.loading,
    failed: s.failed,
    verdicts: s.verdicts,
    dateLabels: s.dateLabels,
    daysLeft: s.daysLeft,
    fromPayment: s.fromPayment,
    locale: s.locale,
    colon: s.colon,
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
  // Three boxes, as on the full check: what is typed reaches the check as typed.
  const date = (name: string, label: string) => (
    <fieldset className="quick-field quick-date" role="group" data-date={name}>
      <legend>{label}</legend>
      <div className="date-input">
        {(['day', 'month', 'year'] as const).map((part) => (
          <div className="date-input-item" key={part}>
            <label htmlFor={`quick-${name}-${part}`}>{s.dateParts[part]}</label>
            <input
              id={`quick-${name}-${part}`}
              name={`${name}-${part}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={`input date-input-${part}`}
            />
          </div>
        ))}
      </div>
    </fieldset>
  )
  const yesNo: Option[] = [
    { value: 'no', label: s.no },
    { value: 'yes', label: s.yes },
  ]

  return (
    <section
      className="quick-check not-prose"
      aria-labelledby="quick-check-title"
      data-strings={JSON.stringify(scriptStrings)}
    >
      <EnhanceScript name="quick-check" />
      <h2 id="quick-check-title">{s.title}</h2>
      <p className="field-hint">{s.lead}</p>
      <form method="get" action={`${action}#result`} noValidate>
        <div className="quick-grid">
          {select('product', s.productLabel, products)}
          {select('channel', s.channelLabel, channels)}
          {date('paid', s.paidLabel)}
          {select('accessed', s.accessedLabel, yesNo)}
          {select('region', s.regionLabel, regions)}
          {/* Asked for a course or Specialization, and with JavaScript the answer waits for
              it: so it is in view, not under "More". */}
          {select('certificate', s.certificateLabel, yesNo)}
        </div>
        <details className="field-details">
          <summary>{s.more}</summary>
          <div className="quick-grid">
            {select('renewal', s.renewalLabel, yesNo)}
            {select('upgrade', s.upgradeLabel, yesNo)}
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
      <div className="quick-answer" role="status">
        <p>{s.placeholder}</p>
      </div>
    </section>
  )
}
