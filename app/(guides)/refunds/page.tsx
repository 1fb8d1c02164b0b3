import { GuidePage, guideMetadata } from '@/components/guide-page'
import { QuickCheck } from '@/components/refund-widgets'

// Its own route so the quick check's script loads on this page only.
export const generateMetadata = () => guideMetadata('/refunds')

export default function Page() {
  return <GuidePage slug="/refunds" widgets={() => ({ QuickCheck })} />
}
