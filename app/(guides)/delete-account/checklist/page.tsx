import type { ReactNode } from 'react'
import { Checklist, ChecklistItem } from '@/components/checklist'
import { GuidePage, guideMetadata } from '@/components/guide-page'

// Its own route so the checklist's script loads on this page only.
export const generateMetadata = () => guideMetadata('/delete-account/checklist')

export default function Page() {
  return (
    <GuidePage
      slug="/delete-account/checklist"
      widgets={(t) => ({
        Checklist: ({ children }: { children?: ReactNode }) => (
          <Checklist t={t.checklist}>{children}</Checklist>
        ),
        ChecklistItem,
      })}
    />
  )
}
