import type { Element, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

/**
 * Rehype plugin: every table gets a wrapper that scrolls sideways on a narrow screen, focusable
 * so a keyboard can scroll it and labelled (in the guide's language) so a screen reader says
 * what the focus landed on.
 */
export function rehypeTableWrap(label: string) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: label },
        children: [node],
      }
      // Carry on after the wrapper: the table inside it is already done.
      return [SKIP, index + 1]
    })
  }
}
