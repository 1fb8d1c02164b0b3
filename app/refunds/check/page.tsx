import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { ErrorSummary } from '@/components/error-summary'
import { RefundForm, type FormValues } from '@/components/refund-form'
import { EnhanceScript } from '@/components/enhance-script'
import { RefundResult } from '@/components/refund-result'
import { getMessages } from '@/lib/i18n/messages'
import { assessRefund } from '@/lib/policy/assess-refund'
import { addDays, dateAt } from '@/lib/policy/dates'
import { fields, parseRefundQuery, type RawQuery } from '@/lib/policy/refund-query'
import { defaultLang } from '@/lib/site'

const t = getMessages(defaultLang)

/**
 * The form sends `kind` (paid or trial) and the fields of both kinds; only the chosen
 * kind's fields count. The API has no `kind`: it takes exactly the contract.
 */
function contractQuery(raw: RawQuery): RawQuery {
  const query = { ...raw }
  if (query.kind === 'trial') {
    delete query.paid
    delete query.renewal
    delete query.certificate
  } else if (query.kind === 'paid') {
    delete query.trialStart
    delete query.trialDays
  }
  delete query.kind
  return query
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

async function evaluate(searchParams: Promise<RawQuery>) {
  const raw = await searchParams
  const asked = fields.some((f) => raw[f] !== undefined)
  const clockToday = dateAt(new Date(), 'UTC')
  const parsed = asked ? parseRefundQuery(contractQuery(raw), clockToday) : null
  return { raw, asked, clockToday, parsed }
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
  for (const key of [...fields, 'kind'] as const) values[key] = first(raw[key])
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
          <RefundForm
            t={c}
            values={values}
            errors={errors}
            maxDate={addDays(clockToday, 1)}
            serverToday={clockToday}
          />
          <p className="field-hint">{c.privacy}</p>
        </div>
        {parsed && parsed.ok ? (
          <RefundResult
            a={assessRefund(parsed.input)}
            input={parsed.input}
            t={c}
            steps={t.steps}
            todayFromClock={!first(raw.today)}
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
