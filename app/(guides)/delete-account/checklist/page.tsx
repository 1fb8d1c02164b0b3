import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { Checklist, ChecklistItem } from '@/components/checklist'
import { GuidePage, guideMetadata } from '@/components/guide-page'
import { getGuide, listGuides } from '@/lib/content/guides.server'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang } from '@/lib/site'

// A route of its own, to pass in widgets the catch-all route's guides do not use.
const slug = '/delete-account/checklist'

export async function generateMetadata() {
  return guideMetadata(await getGuide(slug, defaultLang))
}

export default async function Page() {
  const guide = await getGuide(slug, defaultLang)
  if (!guide) notFound()
  const t = getMessages(defaultLang)
  return (
    <GuidePage
      guide={guide}
      all={await listGuides(defaultLang)}
      t={t}
      widgets={{
        Checklist: ({ children }: { children?: ReactNode }) => (
          <Checklist t={t.checklist}>{children}</Checklist>
        ),
        ChecklistItem,
      }}
    />
  )
}
