import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { assetPath } from '@/lib/assets.server'
import type { Messages } from '@/lib/i18n/messages'
import { openDataPaths } from '@/lib/open-data'
import { siteName, siteOrigin, themeColors } from '@/lib/site'
import { SiteFooter } from './site-footer'
import type { FragmentCache } from './fragment-cache'
import { SiteHeader, type OtherEdition } from './site-header'

/** The site's one stylesheet (scripts/build-enhance.mjs), in every page's head. */
export function SiteStylesheet() {
  // A precedence makes React put it first in the head, before any script.
  return <link rel="stylesheet" href={assetPath('site.css')} precedence="default" />
}

/**
 * What every page's body holds around its own content: the skip link, the header, `main`
 * and the footer. Shared by the root layout (guides) and the documents that route handlers
 * render (components/html-document.tsx), so both frames are one.
 */
export function SiteBody({
  t,
  other,
  query,
  cache,
  children,
}: {
  t: Messages
  /** The same page in the other edition, for the header's link. */
  other?: OtherEdition
  /** On the search results page: the query, kept in the header's box. */
  query?: string
  /** A page rendered per request: this edition's parts kept between requests. */
  cache?: FragmentCache
  children: ReactNode
}) {
  return (
    <>
      {/* The change feed on every page. React puts a <link> in <head> wherever it is
          rendered; metadata.alternates would not do, since each page's own
          alternates.canonical replaces the whole object (Next merges metadata shallowly). */}
      <link
        rel="alternate"
        type="application/atom+xml"
        title={`${siteName}${t.colon}${t.feedTitle}`}
        href={openDataPaths.changes}
      />
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <SiteHeader t={t} other={other} query={query} cache={cache} />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter t={t} cache={cache} />
    </>
  )
}

/** What every edition's root layout declares: the site's name, title pattern and colours. */
export function siteMetadata(t: Messages): Metadata {
  return {
    metadataBase: siteOrigin,
    title: { default: siteName, template: `%s · ${siteName}` },
    description: t.siteTagline,
    applicationName: siteName,
    formatDetection: { telephone: false, date: false, email: false, address: false },
  }
}

export const siteViewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: themeColors.map(({ scheme, color }) => ({
    media: `(prefers-color-scheme: ${scheme})`,
    color,
  })),
}

/**
 * An edition's root layout: the document in its language, with the stylesheet. The frame
 * (header, main, footer) is drawn by each page (SiteBody), since only a page knows its twin
 * in the other edition for the header's link.
 */
export function SiteRoot({ t, children }: { t: Messages; children: ReactNode }) {
  return (
    <html lang={t.lang}>
      {/* A root layout's document: next/head belongs to the Pages Router. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <SiteStylesheet />
      </head>
      <body>{children}</body>
    </html>
  )
}
