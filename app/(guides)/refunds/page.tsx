import { notFound } from 'next/navigation'
import { GuidePage, guideMetadata } from '@/components/guide-page'
import { policyWidgets } from '@/components/policy-tables'
import { QuickCheck } from '@/components/refund-widgets'
import { getGuide, listGuides } from '@/lib/content/guides.server'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang } from '@/lib/site'

// A route of its own, to pass in widgets the catch-all route's guides do not use.
const slug = '/refunds'

export async function generateMetadata() {
  return guideMetadata(await getGuide(slug, defaultLang))
}

export default async function Page() {
  const guide = await getGuide(slug, defaultLang)
  if (!guide) notFound()
  return (
    <GuidePage
      guide={guide}
      all={await listGuides(defaultLang)}
      t={getMessages(defaultLang)}
      widgets={{ ...policyWidgets, QuickCheck }}
    />
  )
}
