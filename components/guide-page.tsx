import type { Metadata } from 'next'
import type { Guide } from '@/lib/content/types'
import type { Messages } from '@/lib/i18n/messages'
import { siteName } from '@/lib/site'
import { GuideArticle } from './guide-article'
import { SiteBody } from './site-frame'
import type { OtherEdition } from './site-header'
import { mdxWidgets } from './widgets'
import { shareImageSize } from './share-image'

/** Metadata of a guide: title, description, canonical address, share card. */
export function guideMetadata(
  guide: Guide | null,
  t: Messages,
  other?: { href: string },
): Metadata {
  if (!guide) return {}
  // Each edition's address, and English for readers of neither language.
  const en = guide.lang === 'en' ? guide.slug : other?.href
  const fr = guide.lang === 'fr' ? guide.slug : other?.href
  const fm = guide.frontmatter
  const image = {
    url: `/og${guide.slug === '/' ? '' : guide.slug}`,
    ...shareImageSize,
    alt: fm.title,
  }
  return {
    title: guide.slug === '/' ? { absolute: fm.title } : fm.title,
    description: fm.description,
    alternates: {
      canonical: guide.slug,
      languages: en && fr ? { en, fr, 'x-default': en } : undefined,
    },
    openGraph: {
      title: fm.title,
      description: fm.description,
      url: guide.slug,
      type: 'article',
      siteName,
      locale: t.ogLocale,
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

/**
 * A guide page: the article, with every widget of the registry at hand for its MDX
 * (components/widgets.tsx). The route loads the guide (and every guide, for the breadcrumbs
 * and related links) and passes them in; nothing here reads content.
 */
export function GuidePage({
  guide,
  all,
  t,
  other,
}: {
  guide: Guide
  all: Guide[]
  t: Messages
  other?: OtherEdition
}) {
  return (
    <SiteBody t={t} other={other}>
      <GuideArticle guide={guide} all={all} t={t} widgets={mdxWidgets(t)} />
    </SiteBody>
  )
}
