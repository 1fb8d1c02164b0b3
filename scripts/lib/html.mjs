// Reading built HTML with a real parser (parse5, the parser jsdom uses): attributes arrive
// decoded (`&amp;` is `&`), comments are skipped, quoting does not matter. The one walker for
// the build-time clean-up (static-pages.mjs) and the gates that read pages.
import { parse } from 'parse5'

/**
 * Calls `visit(name, attrs, node)` for every element of the document, in document order,
 * the content of a <template> included. `attrs` maps lower-case attribute names to their
 * decoded values; `node.sourceCodeLocation` gives the element's offsets in `html` (for
 * editing the page in place), at a cost of about a millisecond a page.
 * @param {string} html
 * @param {(name: string, attrs: Map<string, string>, node: any) => void} visit
 */
export function eachElement(html, visit) {
  const stack = [parse(html, { sourceCodeLocationInfo: true })]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node.tagName) {
      visit(node.tagName, new Map(node.attrs.map((a) => [a.name.toLowerCase(), a.value])), node)
    }
    // <template> keeps its children in `content`.
    const children = node.content?.childNodes ?? node.childNodes ?? []
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
}

/** The text inside an element (an inline script's source). */
export function textOf(node) {
  return (node.childNodes ?? []).map((c) => c.value ?? '').join('')
}

/** Lower-case tokens of a space-separated attribute such as rel="preload stylesheet". */
export function tokens(value) {
  return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean)
}
