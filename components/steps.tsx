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
  /** Set by <Steps>: how many steps, and the guide they belong to. */
  total?: number
  guideTitle?: string
  children?: ReactNode
}

/** Numbered steps in the spirit of GOV.UK's step-by-step navigation, speaking `t`'s language. */
export function Steps({
  t,
  guideTitle,
  children,
}: {
  t: Messages['steps']
  /** Named in a step a shared link lands on, whose page title is then off-screen. */
  guideTitle?: string
  children?: ReactNode
}) {
  const steps = Children.toArray(children).filter(isValidElement)
  const numbered = steps.map((child, index) =>
    cloneElement(child as ReactElement<StepProps>, {
      number: index + 1,
      t,
      total: steps.length,
      guideTitle,
    }),
  )
  return (
    <ol className="steps not-prose" role="list">
      {numbered}
    </ol>
  )
}

export function Step({ id, title, aliases, number, t, total, guideTitle, children }: StepProps) {
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
      {/* Shown only in the step a shared link lands on (guide.css, :target): the guide's
          title is off-screen there. Hidden, and so silent, in every other step. */}
      {guideTitle && total ? (
        <p className="step-where">{t.where(guideTitle, number, total)}</p>
      ) : null}
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
