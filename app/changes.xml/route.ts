import { changesFeed } from '@/lib/changes-feed'

export const dynamic = 'force-static'

/** GET /changes.xml: the change log as an Atom feed, rendered once at build time. */
export function GET() {
  return new Response(changesFeed(), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=3600, s-maxage=86400',
    },
  })
}
