import { HtmlDocument } from '@/components/html-document'
import { RefundCheckPage } from '@/components/refund-check-page'
import { getMessages } from '@/lib/i18n/messages'
import { dateAt } from '@/lib/policy/dates'
import { rawQueryOf, readRefundRequest } from '@/lib/policy/refund-request'
import { defaultLang } from '@/lib/site'

/**
 * The refund check page, rendered per request as a whole HTML document by React's server
 * renderer, with no framework script: like every guide, it reaches the reader as HTML and
 * CSS plus its own enhancer (docs/decisions/runtime-free-pages.md). A route handler is
 * served the same way by `next start`, the standalone server and any host that runs Next.
 */
export const dynamic = 'force-dynamic'

const t = getMessages(defaultLang)

export async function GET(request: Request): Promise<Response> {
  const raw = rawQueryOf(new URL(request.url).searchParams)
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
        canonical: '/refunds/check',
        // Answers to one reader's dates are not pages for search engines.
        index: parsed === null,
      }}
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
