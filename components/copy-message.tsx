'use client'

import { useState, useSyncExternalStore } from 'react'

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

const lineBreak = '\uE000'

/** One paragraph or list item as plain text: the source's own line wrapping undone. */
function blockText(block: Element): string {
  const copy = block.cloneNode(true) as Element
  copy.querySelectorAll('.sr-only').forEach((node) => node.remove())
  copy.querySelectorAll('br').forEach((br) => br.replaceWith(lineBreak))
  return (copy.textContent ?? '')
    .replace(/\s+/g, ' ')
    .split(lineBreak)
    .map((line) => line.trim())
    .join('\n')
    .trim()
}

/**
 * The message as plain text: each block (a paragraph, a list, a blank on its own line)
 * separated by a blank line, list items as "- " lines, and screen-reader-only words
 * ("Blank, fill in:") left out. Filled values and unfilled [blanks] are copied as shown.
 */
function messageText(root: HTMLElement): string {
  // Plain stretches arrive wrapped in one <div> each (lib/content/static-html.ts): their
  // paragraphs are the blocks.
  const blocks = Array.from(root.children).flatMap((el) =>
    el.tagName === 'DIV' ? Array.from(el.children) : [el],
  )
  return blocks
    .map((block) =>
      block.tagName === 'UL'
        ? Array.from(block.querySelectorAll('li'), (item) => `- ${blockText(item)}`).join('\n')
        : blockText(block),
    )
    .filter(Boolean)
    .join('\n\n')
}

const subscribeNothing = () => () => {}

/** A copy button for one message; without JavaScript, a hint to select the text instead. */
export function CopyMessage({
  targetId,
  title,
  label,
  copiedText,
  failedText,
  noScriptText,
}: Props) {
  const ready = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  )
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copy() {
    const target = document.getElementById(targetId)
    if (!target) return
    setStatus('idle')
    try {
      await navigator.clipboard.writeText(messageText(target))
      setStatus('copied')
    } catch {
      // No clipboard (an insecure page, a refused permission): select it for the reader.
      const range = document.createRange()
      range.selectNodeContents(target)
      window.getSelection()?.removeAllRanges()
      window.getSelection()?.addRange(range)
      setStatus('failed')
    }
  }

  return (
    <div className="copy-bar">
      {ready ? (
        <button type="button" className="button-primary" onClick={copy}>
          {label}
          <span className="sr-only">: {title}</span>
        </button>
      ) : (
        <p className="copy-hint">{noScriptText}</p>
      )}
      <span role="status" className="copy-status">
        {status === 'copied' ? copiedText : status === 'failed' ? failedText : ''}
      </span>
    </div>
  )
}
