import type { ReactNode } from 'react'
import type { PrefillField } from '@/lib/prefill/parse-prefill'
import { EnhanceScript } from './enhance-script'

export type FillField = 'product' | 'paid' | 'deadline' | 'law' | 'policy'

interface FillProps {
  field: FillField
  /** The blank as the server drew it: shown until a checked value replaces it. */
  children: ReactNode
  locale: string
  /** For field "product": the label of each product id. */
  labels?: Readonly<Record<string, string>>
  /** For field "law": what to insert for each region. */
  lawEu?: string
  lawUk?: string
  /** Filled only for a link from a reader in one of these regions (space-separated). */
  regions?: string
}

/**
 * One blank of a ready-to-send message that a link may fill. The page is static, so the
 * link's query string is read in the browser (components/enhance/message-fill.ts), and only
 * a value that passed parsePrefill replaces the blank, as text; otherwise the blank stays.
 */
export function Fill({ field, children, locale, labels, lawEu, lawUk, regions }: FillProps) {
  return (
    <span
      data-fill={field}
      data-locale={field === 'paid' || field === 'deadline' ? locale : undefined}
      data-labels={labels ? JSON.stringify(labels) : undefined}
      data-eu={lawEu}
      data-uk={lawUk}
      data-regions={regions}
    >
      <EnhanceScript name="message-fill" />
      {children}
    </span>
  )
}

export interface PrefillStatusText {
  /** Shown without a link, before scripts run, and without JavaScript. */
  intro: string
  /** "Filled in from your link: {fields}." */
  used: string
  /** "Some details in the link could not be used ...: {fields}." */
  rejected: string
  /** Said when the link names a region outside the EU and UK. */
  otherRegion: string
  fieldNames: Readonly<Record<PrefillField, string>>
}

/**
 * Says what the link filled in and, plainly, what it could not use. The script adds the
 * result under the introduction, which stays (invisible) so the box keeps its height and
 * nothing below it moves.
 */
export function PrefillStatus({ text }: { text: PrefillStatusText }) {
  return (
    <div
      className="prefill-status not-prose"
      role="status"
      data-used={text.used}
      data-rejected={text.rejected}
      data-other-region={text.otherRegion}
      data-field-names={JSON.stringify(text.fieldNames)}
    >
      <EnhanceScript name="message-fill" />
      <p className="prefill-text">{text.intro}</p>
    </div>
  )
}
