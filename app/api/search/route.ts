import { getMessages } from '@/lib/i18n/messages'
import { searchPlaces } from '@/lib/search/engine'
import { searchIndex } from '@/lib/search/index.server'
import { readSearchQuery, searchProblemMessage } from '@/lib/search/request'

export const dynamic = 'force-dynamic'

/**
 * JSON with <, > and & written as \u escapes: the same data once parsed, but the answer, which
 * holds the reader's query, never contains markup, even read as HTML by mistake.
 */
function json(body: unknown, init: ResponseInit): Response {
  const text = JSON.stringify(body).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  // Bytes, not a string: a string body is first scanned for lone surrogates, which the bytes
  // already say as U+FFFD, as the string would. The same bytes, with less work.
  return new Response(Buffer.from(text), init)
}

const common = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
}

/**
 * GET /api/search?q=…&lang=en|fr: the places in one edition's guides that answer `q`, best
 * first, at most 10, each with a plain-text snippet and the ranges to highlight in it. Bad
 * input is a 400 listing each bad field, in the asked language where it is one we have.
 * An answer depends only on the query and the built guides: browsers keep it 5 minutes,
 * shared caches until a deploy purges them.
 */
export function GET(request: Request) {
  const read = readSearchQuery(new URL(request.url).searchParams, 'en')
  if (!read.ok) {
    const t = getMessages(read.lang).search
    return json(
      { errors: read.errors.map((e) => ({ field: e.field, message: searchProblemMessage(t, e) })) },
      { status: 400, headers: { ...common, 'Cache-Control': 'no-store' } },
    )
  }
  const results = searchPlaces(searchIndex(read.lang), read.q)
  return json(
    { query: read.q, lang: read.lang, results },
    { headers: { ...common, 'Cache-Control': 'public, max-age=300, s-maxage=31536000' } },
  )
}
