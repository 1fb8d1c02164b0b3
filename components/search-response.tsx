import { getMessages } from '@/lib/i18n/messages'
import { asksAboutRefund, searchPlaces } from '@/lib/search/engine'
import { searchIndex } from '@/lib/search/index.server'
import { readSearchQuery } from '@/lib/search/request'
import type { Lang } from '@/lib/site'
import { FragmentCache } from './fragment-cache'
import { HtmlDocument } from './html-document'
import { SearchPage } from './search-page'

/** Each edition's parts of the frame that every results page shares (components/fragment-cache.tsx). */
const kept: Record<Lang, FragmentCache> = { en: new FragmentCache(), fr: new FragmentCache() }

/**
 * The search results page of one edition, rendered per request as a whole HTML document by
 * React's server renderer, with no framework script, by the same means as the refund check
 * (docs/decisions/runtime-free-pages.md). `q` is read as the API reads it; `lang` is the
 * page's own. Results pages are not for search engines (noindex). The answer depends only on
 * the query and the built guides, so it is cached like the API's.
 */
export async function searchResponse(request: Request, lang: Lang): Promise<Response> {
  const t = getMessages(lang)
  const other = getMessages(lang === 'en' ? 'fr' : 'en')
  const url = new URL(request.url)
  const params = new URLSearchParams(url.searchParams)
  // The page's language is its address; a `lang` in the query (an API link pasted here) is
  // not a mistake on this page.
  params.delete('lang')
  const read = readSearchQuery(params, lang)
  const blank = !read.ok && read.errors.every((e) => e.code === 'missing')
  const problems = read.ok || blank ? [] : read.errors
  const query = read.q
  const results = read.ok ? searchPlaces(searchIndex(lang), query) : []
  const { renderToStaticMarkup } = await import('react-dom/server')
  const html = renderToStaticMarkup(
    <HtmlDocument
      t={t}
      head={{
        title: read.ok ? t.search.resultsFor(query) : t.search.title,
        description: t.search.description,
        canonical: t.paths.search,
        alternates: { en: getMessages('en').paths.search, fr: getMessages('fr').paths.search },
        index: false,
      }}
      other={{ href: `${other.paths.search}${query ? `?q=${encodeURIComponent(query)}` : ''}` }}
      query={query}
      cache={kept[lang]}
    >
      <SearchPage
        t={t}
        query={read.ok ? query : ''}
        results={results}
        problems={problems}
        offerRefundCheck={read.ok && asksAboutRefund(query, lang)}
      />
    </HtmlDocument>,
  )
  kept[lang].fill(renderToStaticMarkup)
  // Bytes, as the refund check sends them (components/refund-check-response.tsx).
  return new Response(Buffer.from(`<!DOCTYPE html>${html}`), {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=300, s-maxage=31536000',
    },
  })
}
