import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react'
import { CopyLink } from './copy-link'
import type { Messages } from '@/lib/i18n/messages'
import { perLanguage } from './per-language'

interface StepProps {
  /** Written by hand in the MDX and never derived from position or title. */
  id: string
  title: string
  /** Space-separated old ids that must keep landing here. */
  aliases?: string
  /** Set by <Steps>. */
  number?: number
  children?: ReactNode
}

/**
 * Numbered steps in the spirit of GOV.UK's step-by-step navigation, speaking the language
 * of `t`. One pair of components per language, so their identity is stable across renders.
 */
export const makeSteps = perLanguage(createSteps)

function createSteps(t: Messages['steps']) {
  function Steps({ children }: { children?: ReactNode }) {
    const numbered = Children.toArray(children)
      .filter(isValidElement)
      .map((child, index) => cloneElement(child as ReactElement<StepProps>, { number: index + 1 }))
    return (
      <ol className="steps not-prose" role="list">
        {numbered}
      </ol>
    )
  }

  function Step({ id, title, aliases, number, children }: StepProps) {
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
            <span className="sr-only">{t.stepLabel(number ?? 0)}: </span>
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

  return { Steps, Step }
}

/** Keeps an old section id alive: a shared link to it lands on `to`'s section. */
export function Anchor({ id }: { id: string; to: string }) {
  return <span id={id} className="anchor-alias" />
}
