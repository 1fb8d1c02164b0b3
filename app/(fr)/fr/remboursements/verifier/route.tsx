import { refundCheckResponse } from '@/components/refund-check-response'

/** The refund check, French edition: the same query contract as /refunds/check. */
export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return refundCheckResponse(request, 'fr')
}
