import { Breadcrumbs } from './breadcrumbs'
import { EnhanceScript } from './enhance-script'
import { ErrorSummary } from './error-summary'
import type { FragmentCache } from './fragment-cache'
import { RefundForm, type FormValues } from './refund-form'
import { RefundResult } from './refund-result'
import type { Messages } from '@/lib/i18n/messages'
import { assessRefund } from '@/lib/policy/assess-refund'
import type { CalendarDate } from '@/lib/policy/dates'
import type { RawQuery } from '@/lib/policy/refund-query'
import type { RefundRequest } from '@/lib/policy/refund-request'

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/**
 * The refund check: the form, and the answer or the errors when it was asked. `main`'s
 * content; app/refunds/check/route.tsx puts it in the site's document.
 */
export function RefundCheckPage({
  t,
  raw,
  parsed,
  clockToday,
  cache,
}: {
  t: Messages
  raw: RawQuery
  parsed: RefundRequest
  clockToday: CalendarDate
  /** This edition's form questions as already rendered, kept between requests. */
  cache?: FragmentCache
}) {
  const values: FormValues = {}
  for (const [key, value] of Object.entries(raw)) values[key] = first(value)
  const errors = parsed && !parsed.ok ? parsed.errors : []
  const c = t.calculator

  return (
    <div className="calculator">
      <Breadcrumbs
        label={t.breadcrumbsLabel}
        trail={[
          { href: t.paths.home, label: t.nav.home },
          { href: t.paths.refunds, label: t.nav.refunds },
          { href: t.paths.check, label: c.navTitle },
        ]}
      />
      <h1 className="page-title">{c.title}</h1>
      <p className="lead">{c.lead}</p>
      {errors.length > 0 ? (
        <ErrorSummary id="result" title={c.errorTitle} errors={errors} texts={t.fieldErrors} />
      ) : null}
      <div className="calculator-grid">
        <div className="calculator-form">
          <RefundForm
            t={c}
            fieldErrors={t.fieldErrors}
            names={t.policyTexts}
            paths={t.paths}
            values={values}
            errors={errors}
            serverToday={clockToday}
            cache={cache}
          />
          <p className="field-hint">{c.privacy}</p>
        </div>
        {parsed && parsed.ok ? (
          <RefundResult
            a={assessRefund(parsed.input)}
            input={parsed.input}
            m={t}
            todayFromClock={!first(raw.today) && !first(raw['today-day'])}
            cache={cache}
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
