import { GuidePage, guideMetadata } from '@/components/guide-page'
import { policyWidgets } from '@/components/policy-tables'
import { OpenData } from '@/components/open-data'

// Its own route so the rule tables' styles load on the pages that show them only.
export const generateMetadata = () => guideMetadata('/sources')

export default function Page() {
  return (
    <>
      <GuidePage slug="/sources" widgets={() => policyWidgets} />
      <OpenData />
    </>
  )
}
