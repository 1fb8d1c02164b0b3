// Reading built HTML with a real parser (parse5, the parser jsdom uses): attributes arrive
// decoded (`&amp;` is `&`), comments and templates are skipped, quoting does not matter.
import { parse } from 'parse5'

/**
 * Calls `visit(name, attrs, node)` for every element of the document, in document order.
 * `attrs` maps lower-case attribute names to their decoded values.
 * @param {string} html
 * @param {(name: string, attrs: Map<string, string>, node: any) => void} visit
 */
export function eachElement(html, visit) {
  const stack = [parse(html)]
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
