import { getMessages } from '@/lib/i18n/messages'
import { dateAt, type CalendarDate } from '@/lib/policy/dates'
import { rawQueryOf, readRefundRequest } from '@/lib/policy/refund-request'
import type { Lang } from '@/lib/site'
import { FragmentCache } from './fragment-cache'
import { HtmlDocument } from './html-document'
import { RefundCheckPage } from './refund-check-page'

/**
 * Each edition's parts of the page that look the same for many readers (the header's links,
 * the form's questions, the rule behind an answer), rendered once and kept for the life of
 * the server (components/fragment-cache.tsx).
 */
const kept: Record<Lang, FragmentCache> = { en: new FragmentCache(), fr: new FragmentCache() }

/**
 * The refund check page of one edition as a whole HTML document, for the address asked: the
 * form, and the answer or the errors when the query asks something. `cache` keeps the parts
 * that look the same for many readers; without it, everything is rendered afresh.
 */
export function RefundCheckDocument({
  url,
  lang,
  clockToday,
  cache,
}: {
  url: URL
  lang: Lang
  /** The date the server's clock gives, in UTC: "today" when the query names none. */
  clockToday: CalendarDate
  cache?: FragmentCache
}) {
  const t = getMessages(lang)
  const other = getMessages(lang === 'en' ? 'fr' : 'en')
  const raw = rawQueryOf(url.searchParams)
  const { parsed } = readRefundRequest(raw, clockToday)
  const c = t.calculator
  return (
    <HtmlDocument
      t={t}
      head={{
        title: parsed && !parsed.ok ? `${c.errorPrefix}${c.navTitle}` : c.navTitle,
        description: c.description,
        canonical: t.paths.check,
        alternates: { en: getMessages('en').paths.check, fr: getMessages('fr').paths.check },
        // Answers to one reader's dates are not pages for search engines.
        index: parsed === null,
      }}
      other={{ href: `${other.paths.check}${url.search}` }}
      cache={cache}
    >
      <RefundCheckPage t={t} raw={raw} parsed={parsed} clockToday={clockToday} cache={cache} />
    </HtmlDocument>
  )
}

/**
 * The refund check page of one edition, rendered per request by React's server renderer,
 * with no framework script: like every guide, it reaches the reader as HTML and CSS plus its
 * own enhancer (docs/decisions/runtime-free-pages.md). Both editions take the same query, so
 * a link built for one answers the same in the other; the header's link to the other edition
 * keeps the query.
 */
export async function refundCheckResponse(request: Request, lang: Lang): Promise<Response> {
  // Imported here, not at the top: the App Router refuses a static import of
  // react-dom/server in a route handler, and this one renders no client components.
  const { renderToStaticMarkup } = await import('react-dom/server')
  const html = renderToStaticMarkup(
    <RefundCheckDocument
      url={new URL(request.url)}
      lang={lang}
      clockToday={dateAt(new Date(), 'UTC')}
      cache={kept[lang]}
    />,
  )
  kept[lang].fill(renderToStaticMarkup)
  // Bytes, not a string: a string body is first scanned for lone surrogates, which the bytes
  // already say as U+FFFD, as the string would. The same bytes, with less work.
  return new Response(Buffer.from(`<!DOCTYPE html>${html}`), {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // Each answer is one reader's: as Next sends a page rendered per request.
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    },
  })
}
