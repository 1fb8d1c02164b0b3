import { GuidePage, guideMetadata } from '@/components/guide-page'
import { makeReadyMessages } from '@/components/ready-message'

// Its own route so the message widgets' script loads on this page only.
export const generateMetadata = () => guideMetadata('/messages')

export default function Page() {
  return <GuidePage slug="/messages" widgets={(t) => makeReadyMessages(t.readyMessages)} />
}
