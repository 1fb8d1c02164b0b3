import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { bundleMDX } from 'mdx-bundler'
import remarkGfm from 'remark-gfm'
import rehypeSlug from 'rehype-slug'
import { getMessages } from '@/lib/i18n/messages'
import { editionRoot, languages, type Lang } from '@/lib/site'
import { parseFrontmatter } from './frontmatter'
import { rehypeCitations } from './citations'
import { rehypeTableWrap } from './tables'
import { rehypeCollectSections, rehypeHeadingIds, remarkCollectStepAnchors } from './anchors'
import { rehypeCollectSearchDocs } from './search-docs'
import type { Guide, Heading, PageAnchor, SearchDoc } from './types'

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
  /** For an edition other than English: each heading's chosen id, by its text. */
  headingIds?: Readonly<Record<string, string>>
}): Promise<Guide> {
  const { source, file, slug, lang, headingIds } = options
  const anchors: PageAnchor[] = []
  const headings: Heading[] = []
  const searchDocs: SearchDoc[] = []
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
          ...(headingIds ? [rehypeHeadingIds(file, headingIds)] : []),
          rehypeSlug,
          rehypeCollectSections(file, anchors, headings),
          rehypeCollectSearchDocs(searchDocs, messages.policyTexts),
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
  if (lang === 'en' && frontmatter.translationOf !== undefined)
    throw new Error(`${file}: an English page is no translation; remove "translationOf"`)
  if (lang !== 'en' && frontmatter.translationOf === undefined)
    throw new Error(`${file}: give "translationOf", the address of the English page`)
  const unlisted = [...cited].filter(
    (id) => !(frontmatter.sources as readonly string[]).includes(id),
  )
  if (unlisted.length > 0) {
    throw new Error(
      `${file}: <Cite id="${unlisted.join('">, <Cite id="')}"> not listed in the frontmatter "sources"`,
    )
  }
  // The page's own document speaks for the whole page: its title, description and summary.
  const page = searchDocs.find((d) => d.kind === 'page')
  if (page) {
    const { description, summary } = frontmatter
    page.text = [description, summary, page.text].filter(Boolean).join(' ')
  }
  return { slug, lang, file, frontmatter, code: result.code, anchors, headings, searchDocs }
}

/** content/<lang>/translations.json: each page's twin, heading ids and anchor map. */
export interface TranslationMap {
  pages: Record<
    string,
    {
      en: string
      headings: Record<string, string>
      anchors: Record<string, string>
    }
  >
}

async function readTranslations(dir: string): Promise<TranslationMap> {
  const file = path.join(dir, 'translations.json')
  const map = JSON.parse(await readFile(file, 'utf8')) as TranslationMap
  if (!map || typeof map.pages !== 'object') throw new Error(`${file}: no "pages"`)
  return map
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
  // English lives at the root; another edition under /<lang>/ with its own map of anchors.
  const edition = lang === 'en' ? null : await readTranslations(dir)
  return Promise.all(
    files.map(async (absolute) => {
      const source = await readFile(absolute, 'utf8')
      const own = slugFromPath(path.relative(dir, absolute))
      const root = editionRoot[lang as Lang] ?? `/${lang}`
      const slug = edition ? `${root}${own === '/' ? '' : own}` : own
      const file = path.relative(projectRoot, absolute)
      const page = edition?.pages[slug]
      if (edition && !page) throw new Error(`${file}: ${slug} is missing from translations.json`)
      const guide = await compileGuide({ source, file, slug, lang, headingIds: page?.headings })
      return page ? { ...guide, anchorMap: page.anchors } : guide
    }),
  )
}
