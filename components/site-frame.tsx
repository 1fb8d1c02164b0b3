import type { ReactNode } from 'react'
import { assetPath } from '@/lib/assets.server'
import type { Messages } from '@/lib/i18n/messages'
import { openDataPaths } from '@/lib/open-data'
import { siteName } from '@/lib/site'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'

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
export function SiteBody({ t, children }: { t: Messages; children: ReactNode }) {
  return (
    <>
      {/* The change feed on every page. React puts a <link> in <head> wherever it is
          rendered; metadata.alternates would not do, since each page's own
          alternates.canonical replaces the whole object (Next merges metadata shallowly). */}
      <link
        rel="alternate"
        type="application/atom+xml"
        title={`${siteName}: change log`}
        href={openDataPaths.changes}
      />
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <SiteHeader t={t} />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter t={t} />
    </>
  )
}
