import { Children, isValidElement, type ReactNode } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import { EnhanceScript } from './enhance-script'

interface ItemProps {
  /** Written by hand and published: /delete-account/checklist#download-certificates. */
  id: string
  title: string
  children?: ReactNode
}

/**
 * A checklist rendered on the server: a numbered list that reads and prints without
 * JavaScript. components/enhance/checklist.ts draws the tick boxes (into each item's slot,
 * which shows the item's number until then, each labelled by its item's title), the progress line and the reset button, and
 * keeps the ticks in this browser only. `t` gives the words in the page's language.
 */
export function Checklist({ t, children }: { t: Messages['checklist']; children?: ReactNode }) {
  const itemIds = Children.toArray(children)
    .filter(isValidElement)
    .map((child) => (child.props as ItemProps).id)
  return (
    <div
      className="checklist not-prose"
      data-progress={t.progress}
      data-reset-label={t.reset}
      data-reset-confirm={t.resetConfirm}
      data-not-saved={t.notSaved}
    >
      <EnhanceScript name="checklist" />
      <p className="checklist-privacy">{t.privacy}</p>
      <div className="checklist-bar">
        <p className="checklist-count">{t.total.replace('{total}', String(itemIds.length))}</p>
      </div>
      <ol className="checklist-items" role="list">
        {children}
      </ol>
    </div>
  )
}

export function ChecklistItem({ id, title, children }: ItemProps) {
  const titleId = `${id}-title`
  return (
    <li id={id} className="check-item">
      <span className="check-slot" />
      <div className="check-main">
        {/* The title is the box's label (the enhancer points it at the box it draws): tapping
            it or anywhere on its row ticks the box (checklist.css stretches it over the row). */}
        <h3 id={titleId} className="check-title">
          <label className="check-label">{title}</label>
        </h3>
        <div className="check-body prose">{children}</div>
      </div>
    </li>
  )
}
