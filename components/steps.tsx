import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react'
import { CopyLink } from './copy-link'
import type { Messages } from '@/lib/i18n/messages'

interface StepProps {
  /** Written by hand in the MDX and never derived from position or title. */
  id: string
  title: string
  /** Space-separated old ids that must keep landing here. */
  aliases?: string
  /** Set by <Steps>: the step's number and the words around it. */
  number?: number
  t?: Messages['steps']
  children?: ReactNode
}

/** Numbered steps in the spirit of GOV.UK's step-by-step navigation, speaking `t`'s language. */
export function Steps({ t, children }: { t: Messages['steps']; children?: ReactNode }) {
  const numbered = Children.toArray(children)
    .filter(isValidElement)
    .map((child, index) => cloneElement(child as ReactElement<StepProps>, { number: index + 1, t }))
  return (
    <ol className="steps not-prose" role="list">
      {numbered}
    </ol>
  )
}

export function Step({ id, title, aliases, number, t, children }: StepProps) {
  if (!t || number === undefined) throw new Error(`<Step id="${id}"> must be inside <Steps>`)
  return (
    <li id={id} className="step">
      {aliases
        ?.split(/\s+/)
        .filter(Boolean)
        .map((alias) => (
          <span key={alias} id={alias} className="anchor-alias" />
        ))}
      <h3 className="step-title">
        <span className="step-number">
          <span className="sr-only">{t.stepLabel(number)}: </span>
          <span aria-hidden="true">{number}</span>
        </span>
        <span>{title}</span>
      </h3>
      <div className="step-body prose">{children}</div>
      <CopyLink
        id={id}
        stepTitle={title}
        label={t.copyLink}
        copiedLabel={t.copied}
        failedLabel={t.copyFailed}
      />
    </li>
  )
}

/** Keeps an old section id alive: a shared link to it lands on `to`'s section. */
export function Anchor({ id }: { id: string; to: string }) {
  return <span id={id} className="anchor-alias" />
}
