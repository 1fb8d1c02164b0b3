import { buildSearchIndexes } from '@/lib/search/build'
import { loadSearchIndex, type LoadedIndex } from '@/lib/search/engine'
import type { Lang } from '@/lib/site'

/**
 * Both editions' search indexes, built in-process from the guides, as the build builds them
 * (lib/search/build.ts), and loaded as the server loads them. Built once per test file.
 * Unit tests run before any build, so there is no .search/ to read: a test of the route
 * handlers mocks lib/search/index.server with `searchIndexForTests`.
 */
let built: Promise<Record<Lang, LoadedIndex>> | undefined

export function testIndexes(): Promise<Record<Lang, LoadedIndex>> {
  built ??= buildSearchIndexes().then((files) => ({
    // Through JSON, as the server reads the files.
    en: loadSearchIndex(JSON.parse(JSON.stringify(files.en))),
    fr: loadSearchIndex(JSON.parse(JSON.stringify(files.fr))),
  }))
  return built
}
