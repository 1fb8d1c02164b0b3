import { GuidePage, guideMetadata } from '@/components/guide-page'
import { policyWidgets } from '@/components/policy-tables'
import { QuickCheck } from '@/components/refund-widgets'

// Its own route so the quick check's script and the rule tables' styles load here only.
export const generateMetadata = () => guideMetadata('/refunds')

export default function Page() {
  return <GuidePage slug="/refunds" widgets={() => ({ ...policyWidgets, QuickCheck })} />
}
