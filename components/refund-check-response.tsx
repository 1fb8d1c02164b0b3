import { getMessages } from '@/lib/i18n/messages'
import { dateAt } from '@/lib/policy/dates'
import { rawQueryOf, readRefundRequest } from '@/lib/policy/refund-request'
import type { Lang } from '@/lib/site'
import { HtmlDocument } from './html-document'
import { RefundCheckPage } from './refund-check-page'

/**
 * The refund check page of one edition, rendered per request as a whole HTML document by
 * React's server renderer, with no framework script: like every guide, it reaches the reader
 * as HTML and CSS plus its own enhancer (docs/decisions/runtime-free-pages.md). Both editions
 * take the same query, so a link built for one answers the same in the other; the header's
 * link to the other edition keeps the query.
 */
export async function refundCheckResponse(request: Request, lang: Lang): Promise<Response> {
  const t = getMessages(lang)
  const other = getMessages(lang === 'en' ? 'fr' : 'en')
  const url = new URL(request.url)
  const raw = rawQueryOf(url.searchParams)
  const clockToday = dateAt(new Date(), 'UTC')
  const { parsed } = readRefundRequest(raw, clockToday)
  const c = t.calculator
  // Imported here, not at the top: the App Router refuses a static import of
  // react-dom/server in a route handler, and this one renders no client components.
  const { renderToStaticMarkup } = await import('react-dom/server')
  const html = renderToStaticMarkup(
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
    >
      <RefundCheckPage t={t} raw={raw} parsed={parsed} clockToday={clockToday} />
    </HtmlDocument>,
  )
  return new Response(`<!DOCTYPE html>${html}`, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // Each answer is one reader's: as Next sends a page rendered per request.
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    },
  })
}
