import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { ErrorSummary } from '@/components/error-summary'
import { RefundForm, type FormValues } from '@/components/refund-form'
import { EnhanceScript } from '@/components/enhance-script'
import { RefundResult } from '@/components/refund-result'
import { getMessages } from '@/lib/i18n/messages'
import { assessRefund } from '@/lib/policy/assess-refund'
import { dateAt } from '@/lib/policy/dates'
import { fields, parseRefundQuery, type RawQuery } from '@/lib/policy/refund-query'
import { isFormSubmission, readRefundForm, type FormError } from '@/lib/policy/refund-form'
import { defaultLang } from '@/lib/site'

const t = getMessages(defaultLang)

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/**
 * A shared link is read as the contract, with its defaults. A form submission (three-box
 * dates, `kind`) is first turned into the contract's query, and every question that changes
 * the verdict must have been answered: the form presets none of them.
 */
async function evaluate(searchParams: Promise<RawQuery>) {
  const raw = await searchParams
  const fromForm = isFormSubmission(raw)
  const asked = fromForm || fields.some((f) => raw[f] !== undefined)
  const clockToday = dateAt(new Date(), 'UTC')
  if (!asked) return { raw, clockToday, parsed: null }
  const form = fromForm ? readRefundForm(raw) : { query: raw, errors: [] as FormError[] }
  const parsed = parseRefundQuery(form.query, clockToday)
  if (form.errors.length === 0) return { raw, clockToday, parsed }
  // The form's own errors first (a date typed wrong), then the contract's on other fields.
  const errors: FormError[] = [...form.errors]
  if (!parsed.ok)
    for (const e of parsed.errors) if (!errors.some((x) => x.field === e.field)) errors.push(e)
  // The error summary lists the problems in the order the form asks its questions.
  const order: string[] = [
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
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
  return { raw, clockToday, parsed: { ok: false as const, errors } }
}

export async function generateMetadata(props: PageProps<'/refunds/check'>): Promise<Metadata> {
  const { parsed } = await evaluate(props.searchParams)
  const title =
    parsed && !parsed.ok
      ? `${t.calculator.errorPrefix}${t.calculator.navTitle}`
      : t.calculator.navTitle
  return {
    title,
    description: t.calculator.description,
    alternates: { canonical: '/refunds/check' },
    // Answers to one reader's dates are not pages for search engines.
    robots: parsed ? { index: false, follow: true } : undefined,
  }
}

export default async function RefundCheckPage(props: PageProps<'/refunds/check'>) {
  const { raw, clockToday, parsed } = await evaluate(props.searchParams)
  const values: FormValues = {}
  for (const [key, value] of Object.entries(raw)) values[key] = first(value)
  const errors = parsed && !parsed.ok ? parsed.errors : []
  const c = t.calculator

  return (
    <div className="calculator">
      <Breadcrumbs
        label={t.breadcrumbsLabel}
        trail={[
          { href: '/', label: t.nav.home },
          { href: '/refunds', label: t.nav.refunds },
          { href: '/refunds/check', label: c.navTitle },
        ]}
      />
      <h1 className="page-title">{c.title}</h1>
      <p className="lead">{c.lead}</p>
      {errors.length > 0 ? <ErrorSummary id="result" title={c.errorTitle} errors={errors} /> : null}
      <div className="calculator-grid">
        <div className="calculator-form">
          <RefundForm t={c} values={values} errors={errors} serverToday={clockToday} />
          <p className="field-hint">{c.privacy}</p>
        </div>
        {parsed && parsed.ok ? (
          <RefundResult
            a={assessRefund(parsed.input)}
            input={parsed.input}
            t={c}
            steps={t.steps}
            todayFromClock={!first(raw.today) && !first(raw['today-day'])}
          />
        ) : null}
      </div>
      {/* With JavaScript the answer follows the form as the reader types
          (components/enhance/refund-form.ts); this line tells screen readers what it says. */}
      <p className="sr-only" role="status" data-live-answer="" />
      <EnhanceScript name="refund-form" />
    </div>
  )
}
