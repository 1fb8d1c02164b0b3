import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteBody, SiteStylesheet } from '@/components/site-frame'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang, siteName, siteOrigin, themeColors } from '@/lib/site'

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
  themeColor: themeColors.map(({ scheme, color }) => ({
    media: `(prefers-color-scheme: ${scheme})`,
    color,
  })),
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={t.lang}>
      <head>
        <SiteStylesheet />
      </head>
      <body>
        <SiteBody t={t}>{children}</SiteBody>
      </body>
    </html>
  )
}
