import type { ReactNode } from 'react'
import { GuidePage, guideMetadata } from '@/components/guide-page'
import { Blank, Message, MessageText, PrefillNote } from '@/components/ready-message'

// Its own route so the message widgets' script loads on this page only.
export const generateMetadata = () => guideMetadata('/messages')

export default function Page() {
  return (
    <GuidePage
      slug="/messages"
      widgets={({ readyMessages: s }) => ({
        Message: (props: { id: string; title: string; children?: ReactNode }) => (
          <Message {...props} t={s} />
        ),
        MessageText,
        Blank: (props: Omit<Parameters<typeof Blank>[0], 't'>) => <Blank {...props} t={s} />,
        PrefillNote: () => <PrefillNote t={s} />,
      })}
    />
  )
}
