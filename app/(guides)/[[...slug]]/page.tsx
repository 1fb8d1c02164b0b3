import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { GuideArticle } from '@/components/guide-article'
import { guideWidgets, localizedGuideWidgets } from '@/components/guide-widgets'
import { getGuide, listGuides } from '@/lib/content/guides.server'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang } from '@/lib/site'

export const dynamicParams = false

function slugOf(parts: string[] | undefined): string {
  return '/' + (parts ?? []).join('/')
}

export async function generateStaticParams() {
  const guides = await listGuides(defaultLang)
  return guides.map((g) => ({ slug: g.slug === '/' ? [] : g.slug.slice(1).split('/') }))
}

export async function generateMetadata(props: PageProps<'/[[...slug]]'>): Promise<Metadata> {
  const { slug } = await props.params
  const guide = await getGuide(slugOf(slug), defaultLang)
  if (!guide) return {}
  const fm = guide.frontmatter
  return {
    title: guide.slug === '/' ? { absolute: fm.title } : fm.title,
    description: fm.description,
    alternates: { canonical: guide.slug },
    openGraph: { title: fm.title, description: fm.description, url: guide.slug, type: 'article' },
  }
}

export default async function GuidePage(props: PageProps<'/[[...slug]]'>) {
  const { slug } = await props.params
  const guide = await getGuide(slugOf(slug), defaultLang)
  if (!guide) notFound()
  const all = await listGuides(defaultLang)
  const t = getMessages(defaultLang)
  return (
    <GuideArticle
      guide={guide}
      all={all}
      t={t}
      widgets={{ ...guideWidgets, ...localizedGuideWidgets(t) }}
    />
  )
}
