// Before `next build` (and `next dev`, and the type-check): each edition's search index, from
// the compiled guides through lib/content (lib/search/build.ts), into .search/<lang>.json,
// which the server reads (lib/search/index.server.ts; the standalone output gets a copy:
// next.config.mjs, outputFileTracingIncludes). Prints each index's places, its gzipped size
// and the time it took. lib/search is TypeScript: esbuild bundles the entry for Node first,
// leaving packages to node_modules.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

export const searchDir = '.search'

/** Builds and returns each edition's index file, written as JSON. */
export async function buildSearchIndexFiles() {
  const started = performance.now()
  const entry = path.join(searchDir, 'build.mjs')
  await mkdir(searchDir, { recursive: true })
  await build({
    entryPoints: ['lib/search/build.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: entry,
    logLevel: 'warning',
  })
  const { buildSearchIndexes } = await import(pathToFileURL(path.resolve(entry)).href)
  /** @type {Record<string, { places: unknown[] }>} */
  const indexes = await buildSearchIndexes(process.cwd())
  await rm(entry)
  const figures = []
  for (const [lang, file] of Object.entries(indexes)) {
    const json = JSON.stringify(file)
    await writeFile(path.join(searchDir, `${lang}.json`), json)
    figures.push(
      `${lang} ${file.places.length} places, ${(gzipSync(json).length / 1024).toFixed(1)} kB gzipped`,
    )
  }
  const ms = Math.round(performance.now() - started)
  console.log(`Search indexes built into ${searchDir}/ in ${ms} ms: ${figures.join('; ')}`)
  return indexes
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildSearchIndexFiles()
}
