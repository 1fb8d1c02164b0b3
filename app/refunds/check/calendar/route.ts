import { createEvent } from 'ics'
import { assessRefund } from '@/lib/policy/assess-refund'
import { addDays, compareDates } from '@/lib/policy/dates'
import { rawQuery, serverToday } from '@/lib/policy/http'
import { parseRefundQuery, refundQueryString } from '@/lib/policy/refund-query'
import { policyIn } from '@/lib/i18n/policy-view'
import { fieldErrorMessage } from '@/lib/i18n/field-errors'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang, siteName, siteOrigin } from '@/lib/site'

export const dynamic = 'force-dynamic'

const t = getMessages(defaultLang)
const { requestPlaces } = policyIn(t.policyTexts)

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
  const parsed = parseRefundQuery(rawQuery(new URL(request.url).searchParams), serverToday())
  if (!parsed.ok) {
    return text(
      400,
      `No calendar file for these answers:\n${parsed.errors.map((e) => `- ${fieldErrorMessage(t.fieldErrors, e)}`).join('\n')}\n`,
    )
  }
  const a = assessRefund(parsed.input)
  const place = a.requestAt ? requestPlaces[a.requestAt] : null
  let date: string | null = null
  let title = ''
  if (a.verdict === 'trial') {
    date = a.lastFreeDay
    title = 'Last free day of the Coursera trial: cancel today to avoid the first charge'
  } else if (a.verdict === 'eligible') {
    date = a.safeDeadline
    title = `Last day to ask ${place?.who ?? 'Coursera'} for a refund`
  } else if (a.verdict === 'contested' || (a.verdict === 'elsewhere' && a.deadline)) {
    date = a.deadline
    title =
      a.requestAt === 'google'
        ? "Google Play's 48 hours to ask for a refund end today, at the hour you bought"
        : 'Last day any Coursera text gave to ask for a refund (the current Terms may refuse it)'
  }
  if (!date || compareDates(date, parsed.input.today) < 0) {
    return text(
      404,
      'This answer has no deadline still ahead, so there is nothing to put in a calendar.\n',
    )
  }
  const answer = new URL(
    `/refunds/check?${refundQueryString(parsed.input, { includeToday: false })}#result`,
    siteOrigin,
  ).href
  const parts = (day: string) => day.split('-').map(Number) as [number, number, number]
  const { error, value } = createEvent({
    uid: `${refundQueryString(parsed.input, { includeToday: false })}@${siteOrigin.host}`,
    productId: siteName,
    title,
    description: `${place ? `${place.name}. ${parsed.input.product === 'course' && place.howOneTime ? place.howOneTime : place.how}\n\n` : ''}Your answer, with its sources: ${answer}`,
    url: answer,
    start: parts(date),
    end: parts(addDays(date, 1)),
    alarms: [{ action: 'display', description: title, trigger: { hours: 15, before: true } }],
  })
  if (error || !value) return text(500, 'Could not make the calendar file.\n')
  return new Response(value, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="coursera-refund-deadline.ics"',
      'Cache-Control': 'no-store',
    },
  })
}
