import { buildSearchIndexes } from '@/lib/search/build'
import { loadSearchIndex, type LoadedIndex, type SearchIndexFile } from '@/lib/search/engine'
import type { Lang } from '@/lib/site'

/**
 * Both editions' search indexes, built in-process from the guides, as the build builds them
 * (lib/search/build.ts), and loaded as the server loads them. Built once per test file.
 * Unit tests run before any build, so there is no .search/ to read: a test of the route
 * handlers mocks lib/search/index.server with `searchIndexForTests`.
 */
let files: Promise<Record<Lang, SearchIndexFile>> | undefined
let built: Promise<Record<Lang, LoadedIndex>> | undefined

/** The index files as the build writes them, read back through JSON as the server reads them. */
export function testIndexFiles(): Promise<Record<Lang, SearchIndexFile>> {
  files ??= buildSearchIndexes().then(
    (written) => JSON.parse(JSON.stringify(written)) as Record<Lang, SearchIndexFile>,
  )
  return files
}

export function testIndexes(): Promise<Record<Lang, LoadedIndex>> {
  built ??= testIndexFiles().then((read) => ({
    en: loadSearchIndex(read.en),
    fr: loadSearchIndex(read.fr),
  }))
  return built
}
