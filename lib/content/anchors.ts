import type { Root as MdastRoot } from 'mdast'
import type { Root as HastRoot, Element } from 'hast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import { toString } from 'hast-util-to-string'
import type { Heading, PageAnchor } from './types'

/** Ids are written by hand so editing a step's title or order never breaks a shared link. */
const idPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement

/** Guide widgets whose id="..." is an address of its own, published like a step's. */
const itemElements = new Set(['ChecklistItem', 'Message', 'Door'])

function stringAttribute(node: JsxNode, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name) {
      if (typeof attribute.value === 'string') return attribute.value
      throw new Error(`<${node.name}> attribute "${name}" must be a plain string`)
    }
  }
  return undefined
}

/**
 * Remark plugin: collects the hand-written ids of <Step id="..." aliases="old other">, of the
 * widgets in `itemElements` and of <Anchor id="..." to="..."> elements, and rejects missing,
 * malformed or duplicate ids.
 */
export function remarkCollectStepAnchors(file: string, into: PageAnchor[]) {
  return () => (tree: MdastRoot) => {
    const fail = (message: string): never => {
      throw new Error(`${file}: ${message}`)
    }
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      const jsx = node as JsxNode
      if (jsx.name === 'Step') {
        const id =
          stringAttribute(jsx, 'id') ?? fail('every <Step> needs an id="..." written by hand')
        if (!idPattern.test(id)) fail(`step id "${id}" must be lower-case words joined by hyphens`)
        const translationOf = stringAttribute(jsx, 'translationOf')
        if (translationOf !== undefined && !idPattern.test(translationOf))
          fail(`step "${id}": translationOf "${translationOf}" is not a step id`)
        into.push({ id, kind: 'step', ...(translationOf ? { translationOf } : {}) })
        const aliases = stringAttribute(jsx, 'aliases')
        for (const alias of aliases?.split(/\s+/).filter(Boolean) ?? []) {
          if (!idPattern.test(alias))
            fail(`alias "${alias}" must be lower-case words joined by hyphens`)
          into.push({ id: alias, kind: 'alias', target: id })
        }
      } else if (jsx.name && itemElements.has(jsx.name)) {
        const id =
          stringAttribute(jsx, 'id') ??
          fail(`every <${jsx.name}> needs an id="..." written by hand`)
        if (!idPattern.test(id)) fail(`id "${id}" must be lower-case words joined by hyphens`)
        into.push({ id, kind: 'item' })
      } else if (jsx.name === 'Anchor') {
        const id = stringAttribute(jsx, 'id') ?? fail('every <Anchor> needs an id')
        const target = stringAttribute(jsx, 'to') ?? fail(`<Anchor id="${id}"> needs to="..."`)
        into.push({ id, kind: 'alias', target })
      }
    })
  }
}

/**
 * Rehype plugin, run before rehype-slug, for an edition whose headings are not English: each
 * h2 and h3 takes the id chosen for its text in the edition's map (content/<lang>/
 * translations.json), so an anchor is a word a reader of that language would share, without
 * accents, and never changes with a reworded title. A heading the map does not name fails the
 * build: every anchor of a published page is chosen, not derived.
 */
export function rehypeHeadingIds(file: string, ids: Readonly<Record<string, string>>) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return
      const text = toString(node).trim()
      const id = ids[text]
      if (id === undefined)
        throw new Error(`${file}: the heading "${text}" has no id in translations.json`)
      if (!idPattern.test(id))
        throw new Error(`${file}: heading id "${id}" is not lower-case words`)
      node.properties.id = id
    })
  }
}

/**
 * Rehype plugin, run after rehype-slug: records h2 and h3 ids as section anchors and h2
 * headings for the page's contents list; then checks that no id is used twice and that
 * every alias points at an id that exists.
 */
export function rehypeCollectSections(file: string, anchors: PageAnchor[], headings: Heading[]) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (
        (node.tagName === 'h2' || node.tagName === 'h3') &&
        typeof node.properties.id === 'string'
      ) {
        anchors.push({ id: node.properties.id, kind: 'section' })
        if (node.tagName === 'h2') headings.push({ id: node.properties.id, text: toString(node) })
      }
    })
    const seen = new Set<string>()
    for (const anchor of anchors) {
      if (seen.has(anchor.id)) {
        throw new Error(
          `${file}: the id "${anchor.id}" is used twice on one page (a heading and a step may clash)`,
        )
      }
      seen.add(anchor.id)
    }
    for (const anchor of anchors) {
      if (anchor.kind === 'alias' && anchor.target && !seen.has(anchor.target)) {
        throw new Error(
          `${file}: alias "${anchor.id}" points at "${anchor.target}", which is not on the page`,
        )
      }
    }
  }
}
