import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import { subscriptionProducts, type Product } from '@/lib/policy/products'
import { CopyMessage } from './copy-message'
import { Fill, PrefillStatus, type FillField } from './message-fill'

/*
 * Ready-to-send messages, rendered on the server. The message text is plain paragraphs with
 * blanks in brackets; a blank that a link may fill is marked (<Fill>) for the page's small
 * script to fill, and each message gets a copy button from another (components/enhance/).
 * `t` gives the words in the page's language.
 */

type Strings = Messages['readyMessages']

interface MessageTextProps {
  /** Set by <Message>. */
  messageId?: string
  messageTitle?: string
  t?: Strings
  children?: ReactNode
}

/** One message: a heading with a hand-written id (the address /messages#<id>). */
export function Message({
  id,
  title,
  lang,
  t,
  children,
}: {
  id: string
  title: string
  /** The message's own language, where it differs from the page's (the English copy of a French message). */
  lang?: string
  t: Strings
  children?: ReactNode
}) {
  const parts = Children.map(children, (child) =>
    isValidElement(child) && child.type === MessageText
      ? cloneElement(child as ReactElement<MessageTextProps>, {
          messageId: id,
          messageTitle: title,
          t,
        })
      : child,
  )
  return (
    <section id={id} lang={lang} className="message" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {parts}
    </section>
  )
}

/** The words to send, with a copy button under them. */
export function MessageText({ messageId, messageTitle = '', t, children }: MessageTextProps) {
  if (!messageId || !t) throw new Error('<MessageText> must be inside <Message>')
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
export function Blank({
  fill,
  eu,
  uk,
  only,
  t,
  productNames,
  children,
}: {
  t: Strings
  /** What each product is called, for a blank the refund check's link fills with one. */
  productNames: Readonly<Record<Product, string>>
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
  // A blank is inline. MDX hands over a blank written across lines (as Prettier writes a long
  // one) as a paragraph: keep its words, not the block, or the brackets break onto lines of
  // their own and a <p> ends up inside <mark>.
  const words =
    isValidElement<{ children?: ReactNode }>(children) && children.type === 'p'
      ? children.props.children
      : children
  const blank = (
    <mark className="blank">
      <span className="sr-only">{t.blankPrefix} </span>[{words}]
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
            ? Object.fromEntries(subscriptionProducts.map((p) => [p, productNames[p]]))
            : productNames
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
export function PrefillNote({ t }: { t: Strings }) {
  return <PrefillStatus text={t.prefill} />
}
