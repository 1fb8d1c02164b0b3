import { EnhanceScript } from './enhance-script'

interface Props {
  /** The id of the element that holds the message's paragraphs. */
  targetId: string
  /** The message's title, read after the button's label so each button names its message. */
  title: string
  label: string
  copiedText: string
  failedText: string
  /** Shown in the button's place without JavaScript (and before scripts run). */
  noScriptText: string
}

/**
 * Where a message's copy button goes. The server draws a hint to select the text instead;
 * components/enhance/copy-message.ts replaces it with the button once scripts run.
 */
export function CopyMessage({
  targetId,
  title,
  label,
  copiedText,
  failedText,
  noScriptText,
}: Props) {
  return (
    <div
      className="copy-bar"
      data-target={targetId}
      data-title={title}
      data-label={label}
      data-copied={copiedText}
      data-failed={failedText}
    >
      <EnhanceScript name="copy-message" />
      <p className="copy-hint">{noScriptText}</p>
      <span role="status" className="copy-status" />
    </div>
  )
}
