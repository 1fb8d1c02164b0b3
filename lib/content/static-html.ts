import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import { SKIP, visit } from 'unist-util-visit'
import { getSource, isSourceId } from '@/lib/policy/sources'

/**
 * Rehype plugin, run last: turns every stretch of plain content (paragraphs, lists, tables,
 * headings with no component inside) into one `<Html html="...">` element: one string per
 * stretch instead of a tree of React elements, so a guide renders cheaply and the React
 * payload Next writes beside each page (.rsc) is about half the size. (Written when guides
 * still hydrated; guides are now served without the client runtime, scripts/static-pages.mjs.)
 * Components (steps, widgets, quotes) stay React elements; their plain children are
 * converted the same way.
 *
 * Citations are expanded here first, so paragraphs that cite a source stay plain:
 * <Cite id="x"/> becomes <a href="#source-x" class="cite">…</a>. The ids are recorded so the
 * caller can check them against the page's frontmatter.
 */
export interface StaticHtmlOptions {
  /** Words read by screen readers before a citation: "Source: ". */
  citePrefix: string
  /** Filled with every cited source id. */
  cited: Set<string>
  /** Label of the scrolling wrapper around wide tables. */
  tableLabel: string
  file: string
}

type Node = Root | RootContent | ElementContent | MdxJsxFlowElementHast | MdxJsxTextElementHast

/** Components whose children must stay components (they count or read them). */
const structural = new Set(['Steps', 'Checklist', 'Doors', 'Choices'])

function isJsx(node: Node): node is MdxJsxFlowElementHast | MdxJsxTextElementHast {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

/** True when the node and everything under it is plain HTML. */
function isPlain(node: Node): boolean {
  if (node.type === 'text' || node.type === 'comment') return true
  if (node.type !== 'element') return false
  return node.children.every((child) => isPlain(child as Node))
}

function attribute(node: MdxJsxTextElementHast, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string')
      return a.value
  }
  return undefined
}

function citation(node: MdxJsxTextElementHast, options: StaticHtmlOptions): Element {
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
      { type: 'text', value: getSource(id).short },
    ],
  }
}

function tableWrap(table: Element, label: string): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: label },
    children: [table],
  }
}

function htmlElement(nodes: Node[]): MdxJsxFlowElementHast {
  return {
    type: 'mdxJsxFlowElement',
    name: 'Html',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'html', value: toHtml(nodes as Root['children']) },
    ],
    children: [],
  }
}

/** Replaces runs of plain children by <Html> elements, recursing into components. */
function collapse(parent: Root | MdxJsxFlowElementHast): void {
  const out: Node[] = []
  let run: Node[] = []
  const flush = () => {
    if (run.some((n) => n.type === 'element')) out.push(htmlElement(run))
    else out.push(...run.filter((n) => n.type !== 'text' || n.value.trim() !== ''))
    run = []
  }
  for (const child of parent.children as Node[]) {
    if (isPlain(child)) {
      run.push(child)
      continue
    }
    flush()
    if (child.type === 'mdxJsxFlowElement' && !structural.has(child.name ?? '')) collapse(child)
    else if (child.type === 'mdxJsxFlowElement') {
      for (const grandchild of child.children as Node[]) {
        if (grandchild.type === 'mdxJsxFlowElement') collapse(grandchild)
      }
    }
    out.push(child)
  }
  flush()
  parent.children = out as typeof parent.children
}

export function rehypeStaticHtml(options: StaticHtmlOptions) {
  return () => (tree: Root) => {
    visit(tree as Node, (node, index, parent) => {
      if (isJsx(node) && node.name === 'Cite' && parent && index !== undefined) {
        ;(parent.children as Node[])[index] = citation(node as MdxJsxTextElementHast, options)
        return SKIP
      }
      return undefined
    })
    visit(tree as Node, (node, index, parent) => {
      if (node.type === 'element' && node.tagName === 'table' && parent && index !== undefined) {
        ;(parent.children as Node[])[index] = tableWrap(node, options.tableLabel)
        // Carry on after the wrapper: the table inside it is already done.
        return [SKIP, index + 1]
      }
      return undefined
    })
    collapse(tree)
  }
}
