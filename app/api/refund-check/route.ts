import {
  fieldErrorLangs,
  fieldErrorMessage,
  fieldErrorTexts,
  type FieldErrorLang,
  type MessageField,
} from '@/lib/i18n/field-errors'
import type { FieldProblem } from '@/lib/policy/field-problems'
import { assessRefund, publicAssessment } from '@/lib/policy/assess-refund'
import { rawQuery, secondsUntilUtcMidnight, serverToday } from '@/lib/policy/http'
import { parseRefundQuery } from '@/lib/policy/refund-query'
import { rulesVersion } from '@/lib/policy/version'

/**
 * `lang` chooses the language of the error messages (English by default); nothing else in
 * the response changes with it. A value we have no messages in is a field error itself.
 */
function messagesLang(params: URLSearchParams): {
  lang: FieldErrorLang
  error?: { field: MessageField; problem: FieldProblem }
} {
  const given = params
    .getAll('lang')
    .map((v) => v.trim())
    .filter(Boolean)
  if (given.length > 1)
    return { lang: 'en', error: { field: 'lang', problem: { code: 'repeated' } } }
  const value = given[0]
  if (value === undefined) return { lang: 'en' }
  if ((fieldErrorLangs as readonly string[]).includes(value))
    return { lang: value as FieldErrorLang }
  return {
    lang: 'en',
    error: { field: 'lang', problem: { code: 'not-listed', allowed: fieldErrorLangs } },
  }
}

export const dynamic = 'force-dynamic'

const common = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'X-Rules-Version': rulesVersion,
}

/**
 * GET /api/refund-check: the calculator's answer as JSON, for the query contract shared with
 * /refunds/check. Bad input is a 400 listing each bad field; never a 500.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const now = new Date()
  const parsed = parseRefundQuery(rawQuery(params), serverToday(now))
  const { lang, error: langError } = messagesLang(params)
  if (!parsed.ok || langError) {
    const errors = [...(parsed.ok ? [] : parsed.errors), ...(langError ? [langError] : [])]
    return Response.json(
      {
        errors: errors.map((e) => ({
          field: e.field,
          message: fieldErrorMessage(fieldErrorTexts[lang], e),
        })),
      },
      { status: 400, headers: { ...common, 'Cache-Control': 'no-store' } },
    )
  }
  const body = publicAssessment(assessRefund(parsed.input))
  // An answer that names its day depends on nothing but the query and the rules: it is the
  // same forever for one rulesVersion. Browsers keep it a day; shared caches keep it until
  // a deploy with new rules purges them. Without `today`, it holds until UTC midnight.
  const cache = params.get('today')
    ? 'public, max-age=86400, s-maxage=31536000, immutable'
    : `public, max-age=${Math.min(300, secondsUntilUtcMidnight(now))}, s-maxage=${secondsUntilUtcMidnight(now)}`
  return Response.json(body, {
    headers: { ...common, 'Cache-Control': cache },
  })
}
