import { searchResponse } from '@/components/search-response'

/** The search results page, English edition (components/search-response.tsx). */
export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return searchResponse(request, 'en')
}
