import { refundCheckResponse } from '@/components/refund-check-response'
import type { Lang } from '@/lib/site'

/**
 * The refund check page, rendered in-process for a query: the route handler's answer to
 * GET /refunds/check?<query> (or its French twin). The one place that knows how the page is
 * rendered: every unit test that reads the page goes through here.
 */
export async function renderRefundPage(
  query: string | Record<string, string>,
  lang: Lang = 'en',
): Promise<{ status: number; html: string }> {
  // A query string goes as it is, broken percent-encoding included, as a browser sends it.
  const search = typeof query === 'string' ? query : new URLSearchParams(query).toString()
  const response = await refundCheckResponse(
    new Request(`http://127.0.0.1/refunds/check?${search}`),
    lang,
  )
  return { status: response.status, html: await response.text() }
}
