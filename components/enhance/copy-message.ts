import { announce, el, onReady } from './dom'

/**
 * A copy button for each ready-to-send message on /messages. The server draws a hint to
 * select the text (what a reader without JavaScript needs); this script puts the button in
 * its place. The message is copied as plain text: blocks separated by a blank line, list
 * items as "- " lines, the screen-reader-only words ("Blank, fill in:") left out, filled
 * values and unfilled [blanks] as shown.
 */

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

function messageText(root: HTMLElement): string {
  return Array.from(root.children)
    .map((block) =>
      block.tagName === 'UL'
        ? Array.from(block.querySelectorAll('li'), (item) => `- ${blockText(item)}`).join('\n')
        : blockText(block),
    )
    .filter(Boolean)
    .join('\n\n')
}

function enhance(bar: HTMLElement) {
  const target = document.getElementById(bar.dataset.target ?? '')
  const hint = bar.querySelector('.copy-hint')
  const status = bar.querySelector('.copy-status')
  if (!target || !hint) return
  const button = el(
    'button',
    { className: 'button-primary', text: bar.dataset.label ?? '', attrs: { type: 'button' } },
    el('span', { className: 'sr-only', text: `: ${bar.dataset.title ?? ''}` }),
  )
  button.addEventListener('click', () => {
    // navigator.clipboard is missing on an insecure page: that throws inside the promise.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(messageText(target)))
      .then(
        () => announce(status, bar.dataset.copied ?? ''),
        () => {
          // No clipboard (an insecure page, a refused permission): select it for the reader.
          const range = document.createRange()
          range.selectNodeContents(target)
          window.getSelection()?.removeAllRanges()
          window.getSelection()?.addRange(range)
          announce(status, bar.dataset.failed ?? '')
        },
      )
  })
  hint.replaceWith(button)
}

onReady(() => {
  document.querySelectorAll<HTMLElement>(WIDGET_ROOT.copyMessage).forEach(enhance)
})
