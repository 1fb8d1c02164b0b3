import type { ReactNode } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import type { SearchResult } from '@/lib/search/engine'
import type { SearchProblem } from '@/lib/search/request'
import { searchProblemMessage } from '@/lib/search/request'
import { Door, Doors } from './doors'

/** A snippet with its matched words in <mark>: text nodes only, so nothing is markup. */
export function Marked({ text, marks }: { text: string; marks: readonly [number, number][] }) {
  const parts: ReactNode[] = []
  let at = 0
  for (const [start, end] of marks) {
    if (start < at || end > text.length || end <= start) continue
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}

/**
 * The search results page's content (`main`): the query's results as an ordered list of
 * links to the exact places, each with its page, its section or step, and a snippet with
 * the matched words marked; the refund check offered when the query is about money back or
 * dates; and, with nothing found, the site's three ways in. The query stays in the header's
 * box. app/search/route.tsx and its French twin put it in the site's document.
 */
export function SearchPage({
  t,
  query,
  results,
  problems,
  offerRefundCheck,
}: {
  t: Messages
  query: string
  results: readonly SearchResult[]
  problems: readonly SearchProblem[]
  offerRefundCheck: boolean
}) {
  const s = t.search
  const asked = query !== '' && problems.length === 0
  return (
    <div className="search-page">
      <h1 className="page-title">{asked ? s.resultsFor(query) : s.title}</h1>
      {problems.length > 0 ? (
        <div className="search-problems" role="alert">
          {problems.map((p) => (
            <p key={`${p.field}-${p.code}`}>{searchProblemMessage(s, p)}</p>
          ))}
        </div>
      ) : null}
      {offerRefundCheck ? (
        <p className="search-offer">
          {s.refundOffer} <a href={t.paths.check}>{s.refundOfferLink}</a>
        </p>
      ) : null}
      {asked && results.length > 0 ? (
        <>
          <p className="search-count">{s.count(results.length)}</p>
          <ol className="search-results" aria-label={s.listLabel}>
            {results.map((r) => (
              <li key={r.url} className="search-result">
                <a href={r.url} className="search-result-link">
                  <span className="search-result-section">{r.section || r.title}</span>
                  {r.section ? <span className="search-result-page">{r.title}</span> : null}
                </a>
                <p className="search-result-snippet">
                  <Marked text={r.snippet} marks={r.marks} />
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <>
          <p className="search-none">
            {asked ? s.noResults(query) : problems.length ? null : s.start}
          </p>
          <p>{s.noResultsHelp}</p>
          <Doors>
            <Door id="stop-paying" href={t.paths.cancel} title={s.doors.cancel.title}>
              <p>{s.doors.cancel.text}</p>
            </Door>
            <Door id="get-money-back" href={t.paths.refunds} title={s.doors.refunds.title}>
              <p>{s.doors.refunds.text}</p>
            </Door>
            <Door
              id="delete-everything"
              href={t.paths.deleteAccount}
              title={s.doors.deleteAccount.title}
            >
              <p>{s.doors.deleteAccount.text}</p>
            </Door>
          </Doors>
        </>
      )}
    </div>
  )
}
