import type { ComponentProps, ReactNode } from 'react'
import { getSource, type SourceId } from '@/lib/policy/sources'

/** Inline citation: a short link to the source in the page's source list. */
export function makeCite(pageSources: readonly SourceId[], file: string) {
  return function Cite({ id }: { id: string }) {
    if (!(pageSources as readonly string[]).includes(id)) {
      throw new Error(`${file}: <Cite id="${id}"> is not listed in the frontmatter "sources"`)
    }
    const source = getSource(id as SourceId)
    return (
      <a href={`#source-${id}`} className="cite">
        <span className="sr-only">Source: </span>
        {source.short}
      </a>
    )
  }
}

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
      <div className="prose prose-slate dark:prose-invert">{children}</div>
    </aside>
  )
}

/** An attributed quotation of a binding text, kept short. */
export function Quote({ source, children }: { source: string; children?: ReactNode }) {
  const s = getSource(source as SourceId)
  return (
    <figure className="quote">
      <blockquote cite={s.url ?? undefined}>{children}</blockquote>
      <figcaption>{s.short}</figcaption>
    </figure>
  )
}

/** Wide tables scroll sideways on a phone instead of breaking the page. */
export function Table(props: ComponentProps<'table'>) {
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label="Table, scrolls sideways on small screens"
    >
      <table {...props} />
    </div>
  )
}
