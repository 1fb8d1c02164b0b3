import type { ReactNode } from 'react'
import { getMessages } from '@/lib/i18n/messages'
import { sourceIn } from '@/lib/i18n/policy-view'
import type { SourceId } from '@/lib/policy/sources'
import { defaultLang } from '@/lib/site'

/** A highlighted box for what a reader must not miss. */
export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: 'note' | 'warning' | 'tip'
  title?: string
  children?: ReactNode
}) {
  return (
    <aside
      className={`callout callout-${kind} not-prose`}
      aria-label={title ?? (kind === 'warning' ? 'Warning' : 'Note')}
    >
      {title ? <p className="callout-title">{title}</p> : null}
      <div className="prose">{children}</div>
    </aside>
  )
}

/** An attributed quotation of a binding text, kept short. */
export function Quote({ source, children }: { source: string; children?: ReactNode }) {
  const s = sourceIn(getMessages(defaultLang).policyTexts, source as SourceId)
  return (
    <figure className="quote">
      <blockquote cite={s.url ?? undefined}>{children}</blockquote>
      <figcaption>{s.short}</figcaption>
    </figure>
  )
}
