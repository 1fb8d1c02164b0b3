import 'server-only'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { bundleMDX } from 'mdx-bundler'
import type { Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { SKIP, visit } from 'unist-util-visit'
import { clauses, type ClauseKey } from '@/lib/policy/clauses'
import {
  reviewQuotations,
  storedCopyFiles,
  storedSourceIds,
  type Quotation,
  type ReviewItem,
  type StoredSourceId,
} from '@/lib/policy/provenance'

/**
 * The door to the stored copies of Coursera's texts (content/sources/) and to the
 * quotations the guides show. The comparison itself is pure (lib/policy/provenance.ts).
 */

/** Reads every stored copy named in lib/policy/provenance.ts. A missing file throws. */
export async function readStoredCopies(
  root: string = process.cwd(),
): Promise<Record<StoredSourceId, string>> {
  const entries = await Promise.all(
    storedSourceIds.map(
      async (id) =>
        [
          id,
          await readFile(path.join(root, 'content', 'sources', storedCopyFiles[id]), 'utf8'),
        ] as const,
    ),
  )
  return Object.fromEntries(entries) as Record<StoredSourceId, string>
}

/** The clauses of lib/policy/clauses.ts as quotations, each named by its rule or conflict. */
export function clauseQuotations(): Quotation[] {
  return (Object.keys(clauses) as ClauseKey[]).flatMap((key) =>
    clauses[key].map((c) => ({ key, source: c.source, text: c.text })),
  )
}

type MdastNode = Root | RootContent

/** The words a reader sees inside a node: text only, paragraphs apart. */
function visibleText(node: MdastNode): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value
  if (node.type === 'break') return ' '
  if (!('children' in node)) return ''
  return (node.children as MdastNode[]).map(visibleText).join(node.type === 'paragraph' ? '' : ' ')
}

/**
 * Every `<Quote source="…">…</Quote>` of one MDX guide, read from the parsed MDX (the same
 * parser the site compiles guides with), with the text a reader sees. A `source` that is not
 * a plain string is kept as "" so the check reports it.
 */
export async function quotationsInGuide(mdx: string, page: string): Promise<Quotation[]> {
  const found: Quotation[] = []
  const collect = () => (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      const element = node as MdxJsxFlowElement | MdxJsxTextElement
      if (element.name !== 'Quote') return
      const attribute = element.attributes.find(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'source',
      )
      found.push({
        page,
        line: element.position?.start.line,
        source: typeof attribute?.value === 'string' ? attribute.value : '',
        text: visibleText(element).trim(),
      })
      return SKIP
    })
  }
  try {
    await bundleMDX({
      source: mdx,
      esbuildOptions(options) {
        options.logLevel = 'silent'
        return options
      },
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), collect]
        return options
      },
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${page}: ${message}`)
  }
  return found
}

/** Every quotation in content/<lang>/**.mdx, named by its file relative to the project. */
export async function guideQuotations(root: string = process.cwd()): Promise<Quotation[]> {
  const contentDir = path.join(root, 'content')
  const entries = await readdir(contentDir, { withFileTypes: true, recursive: true })
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
  const perFile = await Promise.all(
    files.map(async (file) =>
      quotationsInGuide(
        await readFile(file, 'utf8'),
        path.relative(root, file).split(path.sep).join('/'),
      ),
    ),
  )
  return perFile.flat()
}

/**
 * The review list for the project as it stands: every clause of the rule table and every
 * `<Quote>` of the guides that its stored copy does not hold. Empty when all are found.
 */
export async function reviewProjectQuotations(root: string = process.cwd()): Promise<ReviewItem[]> {
  const [stored, pages] = await Promise.all([readStoredCopies(root), guideQuotations(root)])
  return reviewQuotations([...clauseQuotations(), ...pages], stored)
}
