import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getGuide, listGuides, otherEdition } from '@/lib/content/guides.server'
import { getMessages } from '@/lib/i18n/messages'
import { editionRoot, type Lang } from '@/lib/site'
import { GuidePage, guideMetadata } from './guide-page'

/**
 * What the guide routes of both editions share: English at the root (app/(en)/[[...slug]]),
 * French under /fr/ (app/(fr)/fr/[[...slug]]). A route names its language; nothing below it
 * imports one.
 */
const prefix = editionRoot

function slugOf(lang: Lang, parts: string[] | undefined): string {
  const rest = (parts ?? []).join('/')
  return rest ? `${prefix[lang]}/${rest}` : prefix[lang] || '/'
}

/** Every guide of an edition, as the route's `slug` segments (after /fr for French). */
export async function guideParams(lang: Lang): Promise<{ slug: string[] }[]> {
  const guides = await listGuides(lang)
  return guides.map((g) => ({
    slug: g.slug.slice(prefix[lang].length).split('/').filter(Boolean),
  }))
}

export async function guideRouteMetadata(lang: Lang, parts?: string[]): Promise<Metadata> {
  const guide = await getGuide(slugOf(lang, parts), lang)
  return guideMetadata(guide, getMessages(lang), guide ? await otherEdition(guide) : undefined)
}

export async function GuideRoute({ lang, parts }: { lang: Lang; parts?: string[] }) {
  const guide = await getGuide(slugOf(lang, parts), lang)
  if (!guide) notFound()
  return (
    <GuidePage
      guide={guide}
      all={await listGuides(lang)}
      t={getMessages(lang)}
      other={await otherEdition(guide)}
    />
  )
}
