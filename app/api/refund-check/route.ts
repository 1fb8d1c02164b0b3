import { fieldErrorMessage } from '@/lib/i18n/field-errors'
import { getMessages } from '@/lib/i18n/messages'
import { assessRefund, publicAssessment } from '@/lib/policy/assess-refund'
import { rawQuery, secondsUntilUtcMidnight, serverToday } from '@/lib/policy/http'
import { parseRefundQuery } from '@/lib/policy/refund-query'
import { rulesVersion } from '@/lib/policy/version'
import { defaultLang } from '@/lib/site'

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
  if (!parsed.ok) {
    return Response.json(
      {
        errors: parsed.errors.map((e) => ({
          field: e.field,
          message: fieldErrorMessage(getMessages(defaultLang).fieldErrors, e),
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
