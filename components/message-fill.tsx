'use client'

import { useSyncExternalStore, type ReactNode } from 'react'
import {
  formatDate,
  hasPrefill,
  localDate,
  parsePrefill,
  prefillFields,
  type Prefill,
  type PrefillField,
} from '@/lib/prefill/parse-prefill'

/** The page is static: the query string is read in the browser only, once per address. */
let last: { search: string; prefill: Prefill } | undefined
function readPrefill(search: string): Prefill {
  if (last?.search !== search)
    last = { search, prefill: parsePrefill(search, localDate(new Date())) }
  return last.prefill
}

/** A static page's query string only changes with a new page load: nothing to listen to. */
const subscribeNothing = () => () => {}

/** The link's checked values, or null on the server and before hydration. */
function usePrefill(): Prefill | null {
  const search = useSyncExternalStore(
    subscribeNothing,
    () => window.location.search,
    () => null,
  )
  return search === null ? null : readPrefill(search)
}

export type FillField = 'product' | 'paid' | 'deadline' | 'law'

interface FillProps {
  field: FillField
  /** The blank as the server drew it: shown until a checked value replaces it. */
  children: ReactNode
  locale: string
  /** For field "product": the label of each product id (from the server, to keep JS small). */
  labels?: Readonly<Record<string, string>>
  /** For field "law": what to insert for each region. */
  lawEu?: string
  lawUk?: string
}

/**
 * One blank of a ready-to-send message that a link may fill. Only a value that passed
 * parsePrefill is inserted, as React text (never markup); otherwise the blank stays.
 */
export function Fill({ field, children, locale, labels, lawEu, lawUk }: FillProps) {
  const prefill = usePrefill()
  let value: string | undefined
  if (prefill) {
    if (field === 'product' && prefill.product) value = labels?.[prefill.product]
    else if (field === 'paid' && prefill.paid) value = formatDate(prefill.paid, locale)
    else if (field === 'deadline' && prefill.deadline) value = formatDate(prefill.deadline, locale)
    else if (field === 'law')
      value = prefill.region === 'eu' ? lawEu : prefill.region === 'uk' ? lawUk : undefined
  }
  return value ? <span className="filled">{value}</span> : children
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
 * Says what the link filled in and, plainly, what it could not use. The introduction stays
 * in the box (invisible) under the result, so the box keeps its height and nothing below it
 * moves when the result appears.
 */
export function PrefillStatus({ text }: { text: PrefillStatusText }) {
  const prefill = usePrefill()
  const names = (fields: readonly PrefillField[]) =>
    fields.map((field) => text.fieldNames[field]).join(', ')
  let result: string | undefined
  let warn = false
  if (prefill && hasPrefill(prefill)) {
    const parts: string[] = []
    const used = prefillFields.filter((field) => prefill[field] !== undefined)
    if (used.length > 0) parts.push(text.used.replace('{fields}', names(used)))
    if (prefill.rejected.length > 0) {
      parts.push(text.rejected.replace('{fields}', names(prefill.rejected)))
      warn = true
    }
    if (prefill.region === 'other') parts.push(text.otherRegion)
    result = parts.join(' ')
  }
  return (
    <div className={`prefill-status not-prose${warn ? ' prefill-status-warn' : ''}`} role="status">
      <p className={result ? 'prefill-text prefill-text-replaced' : 'prefill-text'}>{text.intro}</p>
      {result ? <p className="prefill-text">{result}</p> : null}
    </div>
  )
}
