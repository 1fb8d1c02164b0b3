import './checklist.css'
import { Children, isValidElement, type ReactNode } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import { ChecklistProgress, TickBox } from './checklist-tick'
import { perLanguage } from './per-language'

interface ItemProps {
  /** Written by hand and published: /delete-account/checklist#download-certificates. */
  id: string
  title: string
  children?: ReactNode
}

/**
 * A checklist rendered on the server: a numbered list that reads and prints without
 * JavaScript. The only client parts are the tick boxes and the progress line (leaves).
 * One pair of components per language, so their identity is stable across renders.
 */
export const makeChecklist = perLanguage(createChecklist)

function createChecklist(t: Messages['checklist']) {
  function Checklist({ children }: { children?: ReactNode }) {
    const itemIds = Children.toArray(children)
      .filter(isValidElement)
      .map((child) => (child.props as ItemProps).id)
    return (
      <div className="checklist not-prose">
        <p className="checklist-privacy">{t.privacy}</p>
        <ChecklistProgress
          itemIds={itemIds}
          totalText={t.total}
          progressText={t.progress}
          resetLabel={t.reset}
          resetConfirm={t.resetConfirm}
          notSavedText={t.notSaved}
        />
        <ol className="checklist-items" role="list">
          {children}
        </ol>
      </div>
    )
  }

  function ChecklistItem({ id, title, children }: ItemProps) {
    const titleId = `${id}-title`
    return (
      <li id={id} className="check-item">
        <span className="check-slot">
          <TickBox id={id} labelledBy={titleId} />
        </span>
        <div className="check-main">
          <h3 id={titleId} className="check-title">
            {title}
          </h3>
          <div className="check-body prose">{children}</div>
        </div>
      </li>
    )
  }

  return { Checklist, ChecklistItem }
}
