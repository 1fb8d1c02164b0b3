import type { ReactNode } from 'react'
import { SiteRoot, siteMetadata, siteViewport } from '@/components/site-frame'
import { getMessages } from '@/lib/i18n/messages'

// The French edition's root layout (every address under /fr/). Each edition has its
// own, so that <html lang> is the page's language without a script or a rewrite.
const t = getMessages('fr')

export const metadata = siteMetadata(t)
export const viewport = siteViewport

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteRoot t={t}>{children}</SiteRoot>
}
