import type { ReactNode } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import { sourceIn } from '@/lib/i18n/policy-view'
import type { SourceId } from '@/lib/policy/sources'

/** A highlighted box for what a reader must not miss. */
export function Callout({
  kind = 'note',
  title,
  t,
  children,
}: {
  kind?: 'note' | 'warning' | 'tip'
  title?: string
  t: Messages
  children?: ReactNode
}) {
  return (
    <aside
      className={`callout callout-${kind} not-prose`}
      aria-label={title ?? (kind === 'warning' ? t.callout.warning : t.callout.note)}
    >
      {title ? <p className="callout-title">{title}</p> : null}
      <div className="prose">{children}</div>
    </aside>
  )
}

/** An attributed quotation of a binding text, kept short. */
export function Quote({
  source,
  t,
  children,
}: {
  source: string
  t: Messages
  children?: ReactNode
}) {
  const s = sourceIn(t.policyTexts, source as SourceId)
  return (
    <figure className="quote">
      <blockquote cite={s.url ?? undefined}>{children}</blockquote>
      <figcaption>{s.short}</figcaption>
    </figure>
  )
}
