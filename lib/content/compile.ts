import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { bundleMDX } from 'mdx-bundler'
import remarkGfm from 'remark-gfm'
import rehypeSlug from 'rehype-slug'
import { getMessages } from '@/lib/i18n/messages'
import { languages, type Lang } from '@/lib/site'
import { parseFrontmatter } from './frontmatter'
import { rehypeCitations } from './citations'
import { rehypeTableWrap } from './tables'
import { rehypeCollectSections, remarkCollectStepAnchors } from './anchors'
import type { Guide, Heading, PageAnchor } from './types'

/** content/en/cancel/web.mdx -> /cancel/web; content/en/cancel/index.mdx -> /cancel */
export function slugFromPath(relativePath: string): string {
  const withoutExt = relativePath.replace(/\\/g, '/').replace(/\.mdx$/, '')
  const parts = withoutExt.split('/').filter((p) => p !== 'index')
  return '/' + parts.join('/')
}

/** Compiles one guide. Throws with the file name on bad frontmatter or bad step ids. */
export async function compileGuide(options: {
  source: string
  file: string
  slug: string
  lang: string
}): Promise<Guide> {
  const { source, file, slug, lang } = options
  const anchors: PageAnchor[] = []
  const headings: Heading[] = []
  const cited = new Set<string>()
  const messages = getMessages(
    (languages as readonly string[]).includes(lang) ? (lang as Lang) : 'en',
  )
  const t = messages.guide
  let result
  try {
    result = await bundleMDX({
      source,
      // Errors are rethrown below with the file name; esbuild's own log would repeat them.
      esbuildOptions(options) {
        options.logLevel = 'silent'
        return options
      },
      mdxOptions(mdx) {
        mdx.remarkPlugins = [
          ...(mdx.remarkPlugins ?? []),
          remarkGfm,
          remarkCollectStepAnchors(file, anchors),
        ]
        mdx.rehypePlugins = [
          ...(mdx.rehypePlugins ?? []),
          rehypeSlug,
          rehypeCollectSections(file, anchors, headings),
          rehypeCitations({
            citePrefix: t.citePrefix,
            shortNames: messages.policyTexts.sources,
            cited,
            file,
          }),
          rehypeTableWrap(t.tableLabel),
        ]
        return mdx
      },
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(message.includes(file) ? message : `${file}: ${message}`)
  }
  const frontmatter = parseFrontmatter(file, result.frontmatter)
  const unlisted = [...cited].filter(
    (id) => !(frontmatter.sources as readonly string[]).includes(id),
  )
  if (unlisted.length > 0) {
    throw new Error(
      `${file}: <Cite id="${unlisted.join('">, <Cite id="')}"> not listed in the frontmatter "sources"`,
    )
  }
  return { slug, lang, file, frontmatter, code: result.code, anchors, headings }
}

async function listMdxFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

/**
 * Compiles every guide of one language under `contentRoot/<lang>/`. A missing language
 * folder means no guides in that language yet.
 */
export async function compileAll(
  contentRoot: string,
  lang: string,
  projectRoot: string,
): Promise<Guide[]> {
  const dir = path.join(contentRoot, lang)
  let files: string[]
  try {
    files = await listMdxFiles(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return Promise.all(
    files.map(async (absolute) => {
      const source = await readFile(absolute, 'utf8')
      return compileGuide({
        source,
        file: path.relative(projectRoot, absolute),
        slug: slugFromPath(path.relative(dir, absolute)),
        lang,
      })
    }),
  )
}
