// `npm run check:budgets`: gzipped weight of every published page, the calculator with a full
// query and the 404 page, against the budgets in scripts/lib/budgets.mjs. Needs a production
// build in .next (`npx next build`); starts and stops `npm start` on 127.0.0.1 itself
// (BUDGETS_PORT, default 4951). Prints a table, writes reports/budgets.json, exits 1 when a
// route is over budget or does not load.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import {
  budgets,
  evaluateRoute,
  extractAssets,
  formatTable,
  frameworkFloor,
  gzipSize,
  kb,
} from './lib/budgets.mjs'
import { buildId, portFrom, startNext } from './lib/server.mjs'

const calculatorQuery = 'product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu'
const notFoundPath = '/budget-check-no-such-page'

const manifest = JSON.parse(readFileSync('tests/fixtures/published-anchors.json', 'utf8'))
const routes = [
  ...Object.keys(manifest.pages).map((path) => ({ path, expect: 200 })),
  { path: `/refunds/check?${calculatorQuery}`, expect: 200 },
  { path: notFoundPath, expect: 404 },
].map((r) => ({
  ...r,
  budget: r.path.split('?')[0] === '/refunds/check' ? budgets.calculator : budgets.guide,
}))

async function main() {
  const port = portFrom('BUDGETS_PORT', 4951)
  const id = buildId()
  const started = Date.now()
  const server = await startNext(port, 'BUDGETS_PORT')
  console.log(`npm start (pid ${server.pid}) serving build ${id} on ${server.origin}`)
  try {
    return await measureAll(server.origin, id, started)
  } finally {
    await server.stop()
    console.log(`stopped npm start (pid ${server.pid})`)
  }
}

async function measureAll(origin, id, started) {
  const assetSizes = new Map()
  async function assetSize(path) {
    if (!assetSizes.has(path)) {
      assetSizes.set(
        path,
        (async () => {
          const res = await fetch(origin + path)
          if (!res.ok) throw new Error(`${path} answers ${res.status}`)
          return gzipSize(Buffer.from(await res.arrayBuffer()))
        })(),
      )
    }
    return assetSizes.get(path)
  }

  const measured = []
  const errors = []
  for (const r of routes) {
    const res = await fetch(origin + r.path)
    const html = await res.text()
    if (res.status !== r.expect) {
      errors.push(`${r.path}: answers ${res.status}, expected ${r.expect}`)
      continue
    }
    const assets = extractAssets(html, origin)
    try {
      const sizes = async (list) =>
        Promise.all(list.map(async (file) => ({ file, bytes: await assetSize(file) })))
      measured.push({
        ...r,
        assets,
        sizes: {
          route: r.path,
          html: gzipSize(html),
          css: await sizes(assets.css),
          js: await sizes(assets.js),
        },
      })
    } catch (error) {
      errors.push(`${r.path}: its HTML loads a file that does not load: ${error.message}`)
    }
  }
  if (measured.length < 2) {
    throw new Error(`Too few routes could be measured:\n${errors.join('\n')}`)
  }

  const statsFile = '.next/diagnostics/route-bundle-stats.json'
  const { files: floor, source: floorSource } = frameworkFloor(
    existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : undefined,
    JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')),
  )
  const floorFiles = await Promise.all(
    [...floor].map(async (file) => ({ file, bytes: await assetSize(file) })),
  )
  const floorBytes = floorFiles.reduce((n, f) => n + f.bytes, 0)
  const rows = measured.map((m) => evaluateRoute(m.sizes, m.budget, floor, floorBytes))

  const warnings = crossCheck(measured, floor)

  const table = formatTable(
    ['route', 'HTML', 'CSS', 'JS', 'own JS', 'total', 'budget', 'status'],
    rows.map((r) => [
      r.route.length > 40 ? `${r.route.slice(0, 39)}…` : r.route,
      kb(r.html),
      kb(r.css),
      kb(r.js),
      kb(r.ownJs),
      kb(r.total),
      r.budget,
      r.status === 'ok' ? 'ok' : 'OVER',
    ]),
  )
  console.log(`\nGzipped bytes per route (1 kB = 1,000 bytes, gzip level 9)\n\n${table}\n`)
  console.log(
    `Framework floor (what Next.js loads for a hydrated page without our client code, from the ` +
      `${floorSource}; no page loads it): ${kb(floorBytes)} in ${floorFiles.length} files: ` +
      floorFiles
        .sort((a, b) => b.bytes - a.bytes)
        .map((f) => `${f.file} ${kb(f.bytes)}`)
        .join(', '),
  )
  const skipped = [...new Set(measured.flatMap((m) => m.assets.noModule))]
  if (skipped.length) console.log(`Skipped nomodule scripts: ${skipped.join(', ')}`)
  const external = [...new Set(measured.flatMap((m) => m.assets.external))]
  if (external.length) console.log(`Not measured (other origins): ${external.join(', ')}`)
  for (const w of warnings) console.log(`warning: ${w}`)

  mkdirSync('reports', { recursive: true })
  const report = {
    date: new Date().toISOString(),
    buildId: id,
    unit: '1 kB = 1000 bytes; gzip level 9',
    budgets,
    floor: { bytes: floorBytes, source: floorSource, files: floorFiles },
    routes: rows,
    errors,
    warnings,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  }
  writeFileSync('reports/budgets.json', JSON.stringify(report, null, 2) + '\n')
  console.log('Wrote reports/budgets.json')

  const over = rows.filter((r) => r.status === 'over')
  if (over.length || errors.length) {
    console.error('\nSize budget check FAILED:')
    for (const r of over) for (const p of r.problems) console.error(`- ${r.route}: ${p}`)
    for (const e of errors) console.error(`- ${e}`)
    return 1
  }
  console.log(`\nEvery route is within its budget (${rows.length} routes).`)
  return 0
}

/**
 * Next's own list of first-load chunks per route (.next/diagnostics/route-bundle-stats.json),
 * when present: the floor should be among the chunks Next lists for the refund check (else
 * the floor reading misses something), and no measured page should load any of them, since
 * no page keeps the client runtime (scripts/static-pages.mjs, scripts/start.mjs).
 */
function crossCheck(measured, floor) {
  const file = '.next/diagnostics/route-bundle-stats.json'
  if (!existsSync(file)) return []
  const warnings = []
  try {
    const stats = JSON.parse(readFileSync(file, 'utf8'))
    const asPath = (p) => p.replace(/^\.next\//, '/_next/')
    const entry = stats.find((s) => s.route === '/refunds/check')
    if (!entry) return [`${file} lacks /refunds/check`]
    const listed = (entry.firstLoadChunkPaths ?? []).map(asPath)
    for (const chunk of floor) {
      if (!listed.includes(chunk)) warnings.push(`${chunk} is in the floor but not in ${file}`)
    }
    for (const page of measured) {
      const runtime = page.assets.js.filter((chunk) => listed.includes(chunk) || floor.has(chunk))
      if (runtime.length) warnings.push(`${page.path} loads Next's runtime: ${runtime.join(', ')}`)
    }
  } catch (error) {
    warnings.push(`could not read ${file}: ${error.message}`)
  }
  return warnings
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`check:budgets could not run: ${error.message}`)
    process.exit(2)
  },
)
