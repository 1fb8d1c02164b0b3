import { refundCheckResponse } from '@/components/refund-check-response'

/** The refund check, English edition (components/refund-check-response.tsx). */
export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return refundCheckResponse(request, 'en')
}
