import { createEvent } from 'ics'
import { assessRefund } from '@/lib/policy/assess-refund'
import { addDays, compareDates } from '@/lib/policy/dates'
import { rawQuery, serverToday } from '@/lib/policy/http'
import { parseRefundQuery, refundQueryString } from '@/lib/policy/refund-query'
import { policyIn } from '@/lib/i18n/policy-view'
import { fieldErrorMessage } from '@/lib/i18n/field-errors'
import { getMessages, type Messages } from '@/lib/i18n/messages'
import { siteName, siteOrigin } from '@/lib/site'

export const dynamic = 'force-dynamic'

/**
 * The words of the file: French with `lang=fr` (the French refund check links so), English
 * otherwise. The contract ignores parameters it does not know, and so does the answer.
 */
function wordsFor(params: URLSearchParams): Messages {
  return getMessages(params.get('lang') === 'fr' ? 'fr' : 'en')
}

function text(status: number, body: string) {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/**
 * GET /refunds/check/calendar?<contract query>: the deadline of that answer as an
 * all-day calendar event with a reminder the day before (15 hours before the day starts:
 * 09:00 the day before, in the reader's own time zone).
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const t = wordsFor(params)
  const w = t.calendar
  const { requestPlaces } = policyIn(t.policyTexts)
  const parsed = parseRefundQuery(rawQuery(params), serverToday())
  if (!parsed.ok) {
    return text(
      400,
      `${w.noFile}\n${parsed.errors.map((e) => `- ${fieldErrorMessage(t.fieldErrors, e)}`).join('\n')}\n`,
    )
  }
  const a = assessRefund(parsed.input)
  const place = a.requestAt ? requestPlaces[a.requestAt] : null
  let date: string | null = null
  let title = ''
  if (a.verdict === 'trial') {
    date = a.lastFreeDay
    title = w.trialTitle
  } else if (a.verdict === 'eligible') {
    date = a.safeDeadline
    title = w.eligibleTitle(place?.who ?? 'Coursera')
  } else if (a.verdict === 'contested' || (a.verdict === 'elsewhere' && a.deadline)) {
    date = a.deadline
    title = a.requestAt === 'google' ? w.googleTitle : w.contestedTitle
  }
  if (!date || compareDates(date, parsed.input.today) < 0) {
    return text(404, `${w.nothingAhead}\n`)
  }
  const answer = new URL(
    `${t.paths.check}?${refundQueryString(parsed.input, { includeToday: false })}#result`,
    siteOrigin,
  ).href
  const parts = (day: string) => day.split('-').map(Number) as [number, number, number]
  const { error, value } = createEvent({
    uid: `${refundQueryString(parsed.input, { includeToday: false })}@${siteOrigin.host}`,
    productId: siteName,
    title,
    description: `${place ? `${place.name}. ${parsed.input.product === 'course' && place.howOneTime ? place.howOneTime : place.how}\n\n` : ''}${w.answer} ${answer}`,
    url: answer,
    start: parts(date),
    end: parts(addDays(date, 1)),
    alarms: [{ action: 'display', description: title, trigger: { hours: 15, before: true } }],
  })
  if (error || !value) return text(500, `${w.failed}\n`)
  return new Response(value, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${w.filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}
