import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import { SKIP, visit } from 'unist-util-visit'
import { isSourceId, type SourceId } from '@/lib/policy/sources'

export interface CitationOptions {
  /** Words read by screen readers before a citation: "Source: ". */
  citePrefix: string
  /** Each source's short name, in the page's language. */
  shortNames: Readonly<Record<SourceId, { readonly short: string }>>
  /** Filled with every cited source id. */
  cited: Set<string>
  file: string
}

type Node = Root | RootContent | ElementContent | MdxJsxFlowElementHast | MdxJsxTextElementHast

function attribute(node: MdxJsxTextElementHast, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string')
      return a.value
  }
  return undefined
}

function citation(node: MdxJsxTextElementHast, options: CitationOptions): Element {
  const id = attribute(node, 'id')
  if (!id || !isSourceId(id))
    throw new Error(`${options.file}: <Cite id="${id ?? ''}"> names no known source`)
  options.cited.add(id)
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#source-${id}`, className: ['cite'] },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: options.citePrefix }],
      },
      { type: 'text', value: options.shortNames[id].short },
    ],
  }
}

/**
 * Rehype plugin: <Cite id="x"/> becomes <a href="#source-x" class="cite">…</a>, with the
 * guide's own language's words for screen readers, and every cited id is recorded so the
 * caller can check it against the page's frontmatter. Done when the guide is compiled, not
 * by a component, so a bad source id fails the build naming the file.
 */
export function rehypeCitations(options: CitationOptions) {
  return () => (tree: Root) => {
    visit(tree as Node, (node, index, parent) => {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name === 'Cite' &&
        parent &&
        index !== undefined
      ) {
        ;(parent.children as Node[])[index] = citation(node as MdxJsxTextElementHast, options)
        return SKIP
      }
      return undefined
    })
  }
}
