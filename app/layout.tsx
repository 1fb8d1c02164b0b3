import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import './globals.css'
import { SiteHeader } from '@/components/site-header'
import { SiteFooter } from '@/components/site-footer'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang, siteName, siteOrigin } from '@/lib/site'
import { openDataPaths } from '@/lib/open-data'

const t = getMessages(defaultLang)

export const metadata: Metadata = {
  metadataBase: siteOrigin,
  title: { default: siteName, template: `%s · ${siteName}` },
  description: t.siteTagline,
  applicationName: siteName,
  formatDetection: { telephone: false, date: false, email: false, address: false },
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={t.lang}>
      <body>
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
      </body>
    </html>
  )
}
