import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Lang } from '@/lib/site'
import { loadSearchIndex, type LoadedIndex, type SearchIndexFile } from './engine'

const loaded = new Map<Lang, LoadedIndex>()

/**
 * One edition's search index, read once from .search/<lang>.json, relative to the directory
 * the server runs in: scripts/build-search-index.mjs writes it before `next build`, and the
 * standalone output gets a copy (next.config.mjs, outputFileTracingIncludes).
 */
export function searchIndex(lang: Lang): LoadedIndex {
  let index = loaded.get(lang)
  if (!index) {
    const file = path.join(process.cwd(), '.search', `${lang}.json`)
    let json: SearchIndexFile
    try {
      json = JSON.parse(readFileSync(file, 'utf8')) as SearchIndexFile
    } catch {
      throw new Error(
        `${file} is missing: run \`node scripts/build-search-index.mjs\` (npm run build does)`,
      )
    }
    index = loadSearchIndex(json)
    loaded.set(lang, index)
  }
  return index
}
