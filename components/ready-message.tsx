import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import { productLabels, subscriptionProducts } from '@/lib/policy/products'
import { CopyMessage } from './copy-message'
import { Fill, PrefillStatus, type FillField } from './message-fill'
import { perLanguage } from './per-language'

interface MessageTextProps {
  /** Set by <Message>. */
  messageId?: string
  messageTitle?: string
  children?: ReactNode
}

/**
 * Ready-to-send messages, rendered on the server. The message text is plain paragraphs with
 * blanks in brackets; a blank that a link may fill is marked (<Fill>) for the page's small
 * script to fill, and each message gets a copy button from another (components/enhance/).
 * One set of components per language.
 */
export const makeReadyMessages = perLanguage(createReadyMessages)

function createReadyMessages(t: Messages['readyMessages']) {
  /** One message: a heading with a hand-written id (the address /messages#<id>). */
  function Message({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
    const parts = Children.map(children, (child) =>
      isValidElement(child) && child.type === MessageText
        ? cloneElement(child as ReactElement<MessageTextProps>, {
            messageId: id,
            messageTitle: title,
          })
        : child,
    )
    return (
      <section id={id} className="message" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{title}</h2>
        {parts}
      </section>
    )
  }

  /** The words to send, with a copy button under them. */
  function MessageText({ messageId = 'message', messageTitle = '', children }: MessageTextProps) {
    const textId = `${messageId}-text`
    return (
      <div className="message-letter not-prose">
        <p className="message-label" id={`${textId}-label`}>
          {t.textLabel}
        </p>
        <div className="message-text" id={textId} role="group" aria-labelledby={`${textId}-label`}>
          {children}
        </div>
        <CopyMessage
          targetId={textId}
          title={messageTitle}
          label={t.copy}
          copiedText={t.copied}
          failedText={t.copyFailed}
          noScriptText={t.copyWithoutScripts}
        />
      </div>
    )
  }

  /**
   * A blank the reader fills in: [in brackets], highlighted, and announced as a blank.
   * With `fill`, a link from the refund check may fill it (see lib/prefill).
   */
  function Blank({
    fill,
    eu,
    uk,
    only,
    children,
  }: {
    fill?: FillField
    eu?: string
    uk?: string
    /**
     * Fill only when the link's answer fits this message: "subscriptions" (a cancel request
     * has nothing to say about a course paid once) or "eu-uk" (the withdrawal notice).
     */
    only?: 'subscriptions' | 'eu-uk'
    children?: ReactNode
  }) {
    const blank = (
      <mark className="blank">
        <span className="sr-only">{t.blankPrefix} </span>[{children}]
      </mark>
    )
    if (!fill) return blank
    return (
      <Fill
        field={fill}
        locale={t.dateLocale}
        labels={
          fill === 'product'
            ? only === 'subscriptions'
              ? Object.fromEntries(subscriptionProducts.map((p) => [p, productLabels[p]]))
              : productLabels
            : fill === 'policy'
              ? t.policyLines
              : undefined
        }
        lawEu={eu}
        lawUk={uk}
        regions={only === 'eu-uk' ? 'eu uk' : undefined}
      >
        {blank}
      </Fill>
    )
  }

  /** Says what a link filled in, or why it could not. */
  function PrefillNote() {
    return <PrefillStatus text={t.prefill} />
  }

  return { Message, MessageText, Blank, PrefillNote }
}
