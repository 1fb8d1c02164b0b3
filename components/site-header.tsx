import type { Messages } from '@/lib/i18n/messages'
import { assetPath } from '@/lib/assets.server'
import { siteName } from '@/lib/site'
import { EnhanceScript } from './enhance-script'
import { Kept, type FragmentCache } from './fragment-cache'

/** The same page in the other edition: its address, and its ids for this page's anchors. */
export interface OtherEdition {
  href: string
  /** This page's anchor ids mapped to the twin's, so a shared step stays in view. */
  anchors?: Record<string, string>
}

/**
 * The header: the site's name, the same page in the other edition (where it has one), the
 * main links and the search form. `other` is the twin page's address; without JavaScript the
 * link opens it at the top; with it, components/enhance/site/other-edition.ts keeps the step
 * the address points at. The search form is a plain GET form to the results page; with
 * JavaScript, results come as the reader types (components/enhance/search.ts, loaded when
 * the box first gets focus). `query` fills the box on the results page.
 */
export function SiteHeader({
  t,
  other,
  query,
  cache,
}: {
  t: Messages
  other?: OtherEdition
  query?: string
  /** Where a page rendered per request keeps the parts that are the same on every page. */
  cache?: FragmentCache
}) {
  // The four things readers come for first, then the tools: at 390 px each group fills
  // one row (globals.css), where another order left "FAQ" alone on a third.
  const p = t.paths
  const links = [
    { href: p.cancel, label: t.nav.cancel },
    { href: p.refunds, label: t.nav.refunds },
    { href: p.charges, label: t.nav.charges },
    { href: p.messages, label: t.nav.messages },
    { href: p.check, label: t.nav.check },
    { href: p.deleteAccount, label: t.nav.delete },
    { href: p.faq, label: t.nav.faq },
  ]
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={p.home} className="site-name">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" className="site-logo">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path
              d="M12 9h-2a1 1 0 0 0-1 1v12a1 1 0 0 0 1 1h2M17 11l5 5-5 5M22 16H12"
              fill="none"
              stroke="var(--logo-ink)"
              strokeWidth="2.4"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>{siteName}</span>
        </a>
        {other ? (
          <a
            href={other.href}
            hrefLang={t.otherEdition.lang}
            lang={t.otherEdition.lang}
            className="other-edition"
            data-anchors={other.anchors ? JSON.stringify(other.anchors) : undefined}
          >
            {t.otherEdition.label}
          </a>
        ) : null}
        <EnhanceScript name="site" />
        <Kept as="nav" cache={cache} cacheKey="nav" aria-label={t.nav.label} className="site-nav">
          <ul role="list">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </Kept>
        <Kept
          as="form"
          // The box is empty on every page but the results page, which keeps the query in it.
          cache={query === undefined ? cache : undefined}
          cacheKey="search form"
          role="search"
          method="get"
          action={p.search}
          className="site-search"
          aria-label={t.search.label}
          data-enhance={assetPath('search')}
          data-api="/api/search"
          data-lang={t.lang}
          data-strings={JSON.stringify(t.search.live)}
        >
          <>
            <label htmlFor="site-search-q" className="sr-only">
              {t.search.label}
            </label>
            <input
              id="site-search-q"
              type="search"
              name="q"
              defaultValue={query}
              maxLength={200}
              autoComplete="off"
              enterKeyHint="search"
              placeholder={t.search.placeholder}
            />
            <button type="submit">{t.search.button}</button>
            {/* Filled by the search script: a status line (announced) and the links. */}
            <div className="site-search-live">
              <p role="status" className="site-search-status" />
            </div>
          </>
        </Kept>
      </div>
    </header>
  )
}
