// `npm run check:budgets`: gzipped weight of every published page, the refund check with an
// answer and the 404 page, against the one budget in scripts/lib/budgets.mjs (30 kB in all, 3 kB
// of our own JavaScript). Needs a production build in .next (`npm run build`); starts and stops
// the production server on 127.0.0.1 itself (BUDGETS_PORT, default 4951). Prints a table, writes
// reports/budgets.json, exits 1 when a route is over budget or does not load.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { budget, evaluateRoute, extractAssets, formatTable, gzipSize, kb } from './lib/budgets.mjs'
import { buildId, portFrom, startNext } from './lib/server.mjs'

const calculatorQuery = 'product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu'
const notFoundPath = '/budget-check-no-such-page'
/** The search box's script (components/enhance/search.ts), gzipped: issue 17's limit. */
const maxSearchJs = 2000

const manifest = JSON.parse(readFileSync('tests/fixtures/published-anchors.json', 'utf8'))
const routes = [
  ...Object.keys(manifest.pages).map((path) => ({ path, expect: 200 })),
  { path: `/refunds/check?${calculatorQuery}`, expect: 200 },
  // The search results pages with results, the refund check offered (issue 17).
  { path: '/search?q=refund+after+10+days', expect: 200 },
  { path: '/fr/recherche?q=rembourser+10+jours', expect: 200 },
  { path: notFoundPath, expect: 404 },
]

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

/**
 * @param {string} origin
 * @param {string} id the build id
 * @param {number} started
 */
async function measureAll(origin, id, started) {
  /** @type {Map<string, Promise<number>>} */
  const assetSizes = new Map()
  /** @param {string} path */
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
    return /** @type {Promise<number>} */ (assetSizes.get(path))
  }

  /** @type {{ path: string, assets: ReturnType<typeof extractAssets>, sizes: import('./lib/budgets.mjs').MeasuredRoute }[]} */
  const measured = []
  /** @type {string[]} */
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
      const sizes = async (/** @type {string[]} */ list) =>
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
      const message = error instanceof Error ? error.message : String(error)
      errors.push(`${r.path}: its HTML loads a file that does not load: ${message}`)
    }
  }
  if (measured.length < 2) {
    throw new Error(`Too few routes could be measured:\n${errors.join('\n')}`)
  }

  const rows = measured.map((m) => evaluateRoute(m.sizes))

  // The search box's script is not loaded with the page, so no page counts it; it is loaded
  // on the box's first focus, named by the form (data-enhance), and has its own 2 kB.
  const home = await (await fetch(origin + '/')).text()
  const searchScript = /<form[^>]*class="site-search"[^>]*data-enhance="([^"]+)"/.exec(home)?.[1]
  if (!searchScript) errors.push('/: the header has no search form naming its script')
  else {
    const bytes = await assetSize(searchScript)
    console.log(
      `The search box's script, loaded on first focus: ${kb(bytes)} of ${kb(maxSearchJs)}`,
    )
    if (bytes > maxSearchJs)
      errors.push(`${searchScript}: ${kb(bytes)}, over the search script's ${kb(maxSearchJs)}`)
  }

  const table = formatTable(
    ['route', 'HTML', 'CSS', 'own JS', 'other JS', 'total', 'status'],
    rows.map((r) => [
      r.route.length > 40 ? `${r.route.slice(0, 39)}…` : r.route,
      kb(r.html),
      kb(r.css),
      kb(r.ownJs),
      kb(r.otherJs),
      kb(r.total),
      r.status === 'ok' ? 'ok' : 'OVER',
    ]),
  )
  console.log(
    `\nGzipped bytes per route (1 kB = 1,000 bytes, gzip level 9); every route may weigh ` +
      `${kb(budget.maxTotal)} in all, ${kb(budget.maxOwnJs)} of it our own JS (/enhance/)\n\n` +
      `${table}\n`,
  )
  const skipped = [...new Set(measured.flatMap((m) => m.assets.noModule))]
  if (skipped.length) console.log(`Skipped nomodule scripts: ${skipped.join(', ')}`)
  const external = [...new Set(measured.flatMap((m) => m.assets.external))]
  if (external.length) console.log(`Not measured (other origins): ${external.join(', ')}`)

  mkdirSync('reports', { recursive: true })
  const report = {
    date: new Date().toISOString(),
    buildId: id,
    unit: '1 kB = 1000 bytes; gzip level 9',
    budget,
    routes: rows,
    errors,
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
  const most = (/** @type {'total' | 'ownJs'} */ key) =>
    rows.reduce((a, b) => (b[key] > a[key] ? b : a))
  console.log(
    `\nEvery route is within its budget (${rows.length} routes). The heaviest: ` +
      `${most('total').route} ${kb(most('total').total)} of ${kb(budget.maxTotal)}; ` +
      `the most own JS: ${most('ownJs').route} ${kb(most('ownJs').ownJs)} of ${kb(budget.maxOwnJs)}.`,
  )
  return 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`check:budgets could not run: ${error.message}`)
    process.exit(2)
  },
)
