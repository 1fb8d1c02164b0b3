import type { ReactNode } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import { siteName, siteOrigin, pageTitle, themeColors } from '@/lib/site'
import { SiteBody, SiteStylesheet } from './site-frame'
import type { FragmentCache } from './fragment-cache'
import type { OtherEdition } from './site-header'

export interface DocumentHead {
  title: string
  description: string
  /** The page's path: the canonical address is built from SITE_ORIGIN. */
  canonical: string
  /** false: "noindex, follow", for answers to one reader's own dates. */
  index: boolean
  /** The page's address in each edition, for hreflang. */
  alternates?: { en: string; fr: string }
}

/**
 * A whole HTML document, for pages that a route handler renders (the refund check): the same
 * head the root layout and Next's metadata give every guide (viewport, colours, title,
 * description, canonical, icon, stylesheet) and the same frame (components/site-frame.tsx).
 * The page's enhancers add their own async scripts to the head, as on a guide.
 */
export function HtmlDocument({
  t,
  head,
  other,
  query,
  cache,
  children,
}: {
  t: Messages
  head: DocumentHead
  /** The same page in the other edition, for the header's link. */
  other?: OtherEdition
  /** On the search results page: the query, kept in the header's box. */
  query?: string
  /** This edition's parts of the frame, kept between requests (components/fragment-cache.tsx). */
  cache?: FragmentCache
  children: ReactNode
}) {
  return (
    <html lang={t.lang}>
      {/* A route handler's document: next/head belongs to the Pages Router. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <SiteStylesheet />
        {themeColors.map(({ scheme, color }) => (
          <meta
            key={scheme}
            name="theme-color"
            content={color}
            media={`(prefers-color-scheme: ${scheme})`}
          />
        ))}
        <meta name="color-scheme" content="light dark" />
        <title>{pageTitle(head.title)}</title>
        <meta name="description" content={head.description} />
        <meta name="application-name" content={siteName} />
        <link rel="canonical" href={new URL(head.canonical, siteOrigin).href} />
        {head.alternates
          ? (['en', 'fr', 'x-default'] as const).map((hreflang) => (
              <link
                key={hreflang}
                rel="alternate"
                hrefLang={hreflang}
                href={
                  new URL(head.alternates![hreflang === 'x-default' ? 'en' : hreflang], siteOrigin)
                    .href
                }
              />
            ))
          : null}
        {head.index ? null : <meta name="robots" content="noindex, follow" />}
        <meta name="format-detection" content="telephone=no, date=no, email=no, address=no" />
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
      </head>
      <body>
        <SiteBody t={t} other={other} query={query} cache={cache}>
          {children}
        </SiteBody>
      </body>
    </html>
  )
}
