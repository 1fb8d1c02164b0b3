import type { Root as HastRoot, RootContent, ElementContent } from 'hast'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import type { PolicyTexts } from '@/lib/i18n/policy-texts'
import { ruleWordsOf } from '@/lib/i18n/policy-view'
import type { SearchDoc } from './types'

type JsxNode = MdxJsxFlowElementHast | MdxJsxTextElementHast
type Node = RootContent | ElementContent | JsxNode

/** Elements whose own address is a step or an item a result can point at. */
const ownAddress: Record<string, SearchDoc['kind']> = {
  Step: 'step',
  ChecklistItem: 'item',
  Message: 'item',
  Door: 'item',
}
/** Blocks: their text is kept apart from the next block's by a space. */
const blocks = new Set(['p', 'li', 'td', 'th', 'tr', 'blockquote', 'dt', 'dd', 'h2', 'h3', 'h4'])

function attribute(node: JsxNode, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string')
      return a.value
  }
  return undefined
}

function plainText(node: Node): string {
  if (node.type === 'text') return node.value
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    node.name === 'Cite'
  )
    return ''
  return 'children' in node ? (node.children as Node[]).map(plainText).join('') : ''
}

/**
 * Rehype plugin, run after the headings have their ids: cuts the page into the places a
 * search result can point at, each with its address and its words as a reader sees them.
 * - a section: an h2 or h3 and what follows it up to the next one (an FAQ question and
 *   its answer is a section of /faq);
 * - a step, a checklist item, a ready message or a door: its own id, title and text, kept
 *   out of the section around it;
 * - the page itself (id ""): what comes before the first heading.
 *
 * Source tags (<Cite>) and code expressions add no words. A rule card adds its rule's title
 * and summary from the catalogue, since that is what the page shows there. Each link is
 * kept with the words of its paragraph: they describe the place it points at, as readers
 * would ("No Cancel button at all? Go to …"), and lib/search gives them to that place.
 */
export function rehypeCollectSearchDocs(into: SearchDoc[], words: PolicyTexts) {
  return () => (tree: HastRoot) => {
    const page: SearchDoc = { id: '', kind: 'page', title: '', text: '', links: [] }
    into.push(page)
    let section = page
    /** The block (paragraph, list item, cell) being read: a link takes its words along. */
    let block = ''
    const add = (doc: SearchDoc, text: string) => {
      doc.text += text
    }
    const walk = (node: Node, doc: SearchDoc): void => {
      switch (node.type) {
        case 'text':
          add(doc, node.value)
          return
        case 'element': {
          const tag = node.tagName
          if ((tag === 'h2' || tag === 'h3') && typeof node.properties.id === 'string') {
            section = {
              id: node.properties.id,
              kind: 'section',
              title: plainText(node).trim(),
              text: '',
              links: [],
            }
            into.push(section)
            return
          }
          if (tag === 'a' && typeof node.properties.href === 'string')
            doc.links.push({ href: node.properties.href, text: block || plainText(node) })
          const outer = block
          if (blocks.has(tag)) {
            add(doc, ' ')
            block = plainText(node).replace(/\s+/g, ' ').trim()
          }
          for (const child of node.children) walk(child, doc)
          if (blocks.has(tag)) {
            add(doc, ' ')
            block = outer
          }
          return
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = node.name ?? ''
          // Source tags add no words; a ready message's letter is a template whose words
          // (every message asks Coursera about the account) say nothing of what it is for:
          // its title and "when to use it" do.
          if (name === 'Cite' || name === 'MessageText') return
          if (name === 'RuleCard') {
            const id = attribute(node, 'id')
            if (id) {
              const rule = ruleWordsOf(words, id)
              add(doc, ` ${rule.title}. ${rule.summary} `)
            }
            return
          }
          const kind = ownAddress[name]
          const id = attribute(node, 'id')
          if (kind && id) {
            const own: SearchDoc = {
              id,
              kind,
              title: attribute(node, 'title') ?? '',
              text: '',
              links: [],
            }
            into.push(own)
            for (const child of node.children as Node[]) walk(child, own)
            // The section around it holds it too: "Steps" is the whole procedure, found by
            // a question about all of it, while a question about one step finds the step.
            add(doc, ` ${own.title}. ${own.text} `)
            if (kind === 'step') doc.procedure = true
            return
          }
          const title = attribute(node, 'title') ?? attribute(node, 'go')
          if (title) add(doc, ` ${title} `)
          for (const child of node.children as Node[]) walk(child, doc)
          add(doc, ' ')
          return
        }
        default:
          // Expressions, ESM, comments and raw nodes: code, not words.
          return
      }
    }
    for (const node of tree.children) walk(node, section === page ? page : section)
    for (const doc of into) doc.text = doc.text.replace(/\s+/g, ' ').trim()
  }
}
