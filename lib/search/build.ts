import path from 'node:path'
import { compileAll } from '@/lib/content/compile'
import { languages, type Lang } from '@/lib/site'
import { buildSearchIndex, type SearchIndexFile } from './engine'

/**
 * Builds each edition's search index from the compiled guides, through lib/content, as the
 * pages are built from them. scripts/build-search-index.mjs runs it before `next build` and
 * writes the files the server reads (lib/search/index.server.ts); tests call it in-process.
 */
export async function buildSearchIndexes(
  root: string = process.cwd(),
): Promise<Record<Lang, SearchIndexFile>> {
  const built = await Promise.all(
    languages.map(async (lang) => {
      const guides = await compileAll(path.join(root, 'content'), lang, root)
      return [lang, buildSearchIndex(guides, lang)] as const
    }),
  )
  return Object.fromEntries(built) as Record<Lang, SearchIndexFile>
}
