import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { GuidePage, guideMetadata } from '@/components/guide-page'
import { Blank, Message, MessageText, PrefillNote } from '@/components/ready-message'
import { getGuide, listGuides } from '@/lib/content/guides.server'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang } from '@/lib/site'

// A route of its own, to pass in widgets the catch-all route's guides do not use.
const slug = '/messages'

export async function generateMetadata() {
  return guideMetadata(await getGuide(slug, defaultLang))
}

export default async function Page() {
  const guide = await getGuide(slug, defaultLang)
  if (!guide) notFound()
  const t = getMessages(defaultLang)
  const s = t.readyMessages
  return (
    <GuidePage
      guide={guide}
      all={await listGuides(defaultLang)}
      t={t}
      widgets={{
        Message: (props: { id: string; title: string; children?: ReactNode }) => (
          <Message {...props} t={s} />
        ),
        MessageText,
        Blank: (props: Omit<Parameters<typeof Blank>[0], 't'>) => <Blank {...props} t={s} />,
        PrefillNote: () => <PrefillNote t={s} />,
      }}
    />
  )
}
