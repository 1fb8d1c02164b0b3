// After `next build`: every page is served without Next.js's client runtime.
// - Every page Next renders is prerendered: the build fails on a page route that Next would
//   render per request (that page would carry the runtime). Pages rendered per request are
//   route handlers that write plain HTML (app/refunds/check/route.tsx).
// - The prerendered pages lose the framework's scripts (scripts/lib/static-pages.mjs), in
//   .next and, for the standalone output, in the copy Next made of them.
// - For the standalone output, the files Next leaves to the deployer are copied in (public/
//   and the static folder), so `node <dist>/standalone/server.js` serves the whole site.
// docs/decisions/runtime-free-pages.md says why.
import { cp, readFile, readdir, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { withoutFramework } from './lib/static-pages.mjs'
import { distDir } from '../lib/build-output.mjs'

/**
 * Fails on any page route that is not prerendered: a page that Next renders per request
 * ships its runtime. Dynamic segments must be fully prerendered (`dynamicParams = false`).
 * @param {string} dist
 */
async function assertAllPagesPrerendered(dist) {
  /** @type {Record<string, string>} */
  const routes = JSON.parse(
    await readFile(path.join(dist, 'app-path-routes-manifest.json'), 'utf8'),
  )
  const prerender = JSON.parse(await readFile(path.join(dist, 'prerender-manifest.json'), 'utf8'))
  const rendered = []
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith('/page')) continue
    const dynamic = prerender.dynamicRoutes?.[route]
    if (prerender.routes?.[route]) continue
    if (dynamic && dynamic.fallback === false) continue
    rendered.push(route)
  }
  if (rendered.length > 0) {
    throw new Error(
      `Rendered per request by Next, so served with its client runtime: ${rendered.join(', ')}. ` +
        'Prerender them, or render them in a route handler (app/refunds/check/route.tsx).',
    )
  }
}

/** @param {string} appDir */
async function clean(appDir) {
  const entries = await readdir(appDir, { recursive: true, withFileTypes: true })
  const done = []
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const before = await readFile(file, 'utf8')
    let result
    try {
      result = withoutFramework(before)
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : error}`)
    }
    await writeFile(file, result.html)
    done.push(path.relative(appDir, file))
  }
  if (done.length === 0) throw new Error(`no prerendered pages found in ${appDir}`)
  return done
}

await assertAllPagesPrerendered(distDir)
const outputs = [path.join(distDir, 'server', 'app')]
const standalone = path.join(distDir, 'standalone')
if (existsSync(standalone)) {
  outputs.push(path.join(standalone, distDir, 'server', 'app'))
  await cp('public', path.join(standalone, 'public'), { recursive: true })
  await cp(path.join(distDir, 'static'), path.join(standalone, distDir, 'static'), {
    recursive: true,
  })
}
for (const dir of outputs) {
  const done = await clean(dir)
  console.log(`Client runtime taken out of ${done.length} prerendered pages in ${dir}`)
}
