import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import './globals.css'
import { SiteHeader } from '@/components/site-header'
import { SiteFooter } from '@/components/site-footer'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang, siteName, siteOrigin } from '@/lib/site'

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
