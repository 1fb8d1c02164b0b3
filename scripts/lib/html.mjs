// Reading built HTML with a real parser (parse5, the parser jsdom uses): attributes arrive
// decoded (`&amp;` is `&`), comments are skipped, quoting does not matter. The one walker for
// the build-time clean-up (static-pages.mjs) and the gates that read pages.
import { parse } from 'parse5'

/** @typedef {import('parse5').DefaultTreeAdapterTypes.Node} Node */
/**
 * An element as parse5 gives it: `tagName`, `attrs`, `childNodes`, `sourceCodeLocation`.
 * @typedef {import('parse5').DefaultTreeAdapterTypes.Element} Element
 */
/** @typedef {import('parse5').DefaultTreeAdapterTypes.Template} Template */

/**
 * Calls `visit(name, attrs, node)` for every element of the document, in document order,
 * the content of a <template> included. `attrs` maps lower-case attribute names to their
 * decoded values; `node.sourceCodeLocation` gives the element's offsets in `html` (for
 * editing the page in place), at a cost of about a millisecond a page.
 * @param {string} html
 * @param {(name: string, attrs: Map<string, string>, node: Element) => void} visit
 */
export function eachElement(html, visit) {
  /** @type {Node[]} */
  const stack = [parse(html, { sourceCodeLocationInfo: true })]
  let node
  while ((node = stack.pop())) {
    if ('tagName' in node) {
      visit(node.tagName, new Map(node.attrs.map((a) => [a.name.toLowerCase(), a.value])), node)
    }
    // <template> keeps its children in `content`; text, comments and doctypes have none.
    const children =
      'content' in node
        ? /** @type {Template} */ (node).content.childNodes
        : 'childNodes' in node
          ? node.childNodes
          : []
    for (const child of [...children].reverse()) stack.push(child)
  }
}

/**
 * The text inside an element (an inline script's source).
 * @param {Element} node
 */
export function textOf(node) {
  return node.childNodes.map((c) => ('value' in c ? c.value : '')).join('')
}

/**
 * Lower-case tokens of a space-separated attribute such as rel="preload stylesheet".
 * @param {string | undefined} value
 */
export function tokens(value) {
  return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean)
}
