import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { GuidePage, guideMetadata } from '@/components/guide-page'
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
  return guideMetadata(await getGuide(slugOf(slug), defaultLang), getMessages(defaultLang))
}

export default async function Page(props: PageProps<'/[[...slug]]'>) {
  const { slug } = await props.params
  const guide = await getGuide(slugOf(slug), defaultLang)
  if (!guide) notFound()
  return (
    <GuidePage guide={guide} all={await listGuides(defaultLang)} t={getMessages(defaultLang)} />
  )
}
