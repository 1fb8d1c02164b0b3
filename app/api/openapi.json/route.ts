import { openApiDocument } from '@/lib/openapi'

export const dynamic = 'force-static'

/** GET /api/openapi.json: the OpenAPI 3.1 description of both JSON APIs, built at build time. */
export function GET() {
  return Response.json(openApiDocument(), {
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=3600, s-maxage=86400',
    },
  })
}
