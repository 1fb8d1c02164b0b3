import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ComponentType } from 'react'
import { getGuide, listGuides } from '@/lib/content/guides.server'
import { getMessages, type Messages } from '@/lib/i18n/messages'
import { defaultLang, siteName } from '@/lib/site'
import { GuideArticle } from './guide-article'
import { guideWidgets } from './guide-widgets'
import { shareImageSize } from './share-image'

/**
 * Guides whose MDX uses a widget with a script or stylesheet of its own. Each has its own
 * route folder, so only that page loads them; the catch-all route serves every other guide.
 */
export const guidesWithOwnRoute = ['/refunds', '/sources', '/delete-account/checklist', '/messages']

/** Metadata of a guide: title, description, canonical address, share card. */
export async function guideMetadata(slug: string): Promise<Metadata> {
  const guide = await getGuide(slug, defaultLang)
  if (!guide) return {}
  const fm = guide.frontmatter
  const image = {
    url: `/og${guide.slug === '/' ? '' : guide.slug}`,
    ...shareImageSize,
    alt: fm.title,
  }
  return {
    title: guide.slug === '/' ? { absolute: fm.title } : fm.title,
    description: fm.description,
    alternates: { canonical: guide.slug },
    openGraph: {
      title: fm.title,
      description: fm.description,
      url: guide.slug,
      type: 'article',
      siteName,
      locale: 'en_GB',
      modifiedTime: fm.reviewed,
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: fm.title,
      description: fm.description,
      images: [image],
    },
  }
}

/** A guide page: the article with the shared widgets plus the route's own. */
export async function GuidePage({
  slug,
  widgets,
}: {
  slug: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget has its own props
  widgets?: (t: Messages) => Record<string, ComponentType<any>>
}) {
  const guide = await getGuide(slug, defaultLang)
  if (!guide) notFound()
  const all = await listGuides(defaultLang)
  const t = getMessages(defaultLang)
  return (
    <GuideArticle guide={guide} all={all} t={t} widgets={{ ...guideWidgets, ...widgets?.(t) }} />
  )
}
