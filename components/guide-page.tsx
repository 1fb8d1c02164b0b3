import type { Metadata } from 'next'
import type { Guide } from '@/lib/content/types'
import type { Messages } from '@/lib/i18n/messages'
import { siteName } from '@/lib/site'
import { GuideArticle } from './guide-article'
import { mdxWidgets } from './widgets'
import { shareImageSize } from './share-image'

/** Metadata of a guide: title, description, canonical address, share card. */
export function guideMetadata(guide: Guide | null, t: Messages): Metadata {
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
export function GuidePage({ guide, all, t }: { guide: Guide; all: Guide[]; t: Messages }) {
  return <GuideArticle guide={guide} all={all} t={t} widgets={mdxWidgets(t)} />
}
