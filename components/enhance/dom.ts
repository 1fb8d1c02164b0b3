/**
 * Helpers shared by the page enhancers in this folder. Each enhancer is a few lines of plain
 * DOM code, bundled on its own by scripts/build-enhance.mjs and loaded only by the pages that
 * show its widget (see components/enhance-script.tsx), as a module script: it runs once the
 * page is parsed and its stylesheet has loaded. The server has already drawn everything a reader needs without
 * JavaScript; an enhancer only adds what needs a script (a copy button, a tick box) or
 * answers in place.
 */

/**
 * Runs `fn` once the document is parsed: already so for a module script of the page, not for
 * one added later.
 */
export function onReady(fn: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn)
  else fn()
}

/** An element with text only: values never go through markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (props.className) node.className = props.className
  if (props.text !== undefined) node.textContent = props.text
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value)
  node.append(...children)
  return node
}

/** A data-* attribute that holds JSON, read defensively: a broken value reads as `fallback`. */
export function jsonData<T>(element: Element, name: string, fallback: T): T {
  const raw = element.getAttribute(`data-${name}`)
  if (!raw) return fallback
  try {
    return JSON.parse(raw) as T
  } catch {
    return fallback
  }
}

/** A plain left click, not one meant to open the link elsewhere. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}

/**
 * Sets a status line's text so that a repeat of the same words is announced again: the line
 * is emptied first and refilled on the next frame.
 */
export function announce(status: Element | null, text: string): void {
  if (!status) return
  status.textContent = ''
  requestAnimationFrame(() => {
    status.textContent = text
  })
}
