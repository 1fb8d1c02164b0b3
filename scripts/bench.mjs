// `npm run bench`: a benchmark, not a test. autocannon drives `npm start` (`next start`) on
// 127.0.0.1, target after target, with BENCH_CONNECTIONS (50) connections for BENCH_SECONDS
// (10) each: the refund check page with an answer, the JSON API with the same question, a
// guide, the search API and the search results page, after BENCH_WARMUP_SECONDS (2) of each
// unmeasured. It measures that BENCH_ROUNDS (3) times,
// since figures on a shared machine swing twofold between runs, and reports each target's
// rate relative to the refund check API's in the same round, and the median of those ratios:
// a ratio holds still where raw rates do not. Aims: the refund check page 0.6 of the API's
// rate (docs/decisions/runtime-free-pages.md); the search API 0.8 and the results page 0.6
// (docs/decisions/search.md). Writes
// reports/bench.json. Needs a production build in .next; starts and stops its server itself
// (BENCH_PORT, default 4953).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import autocannon from 'autocannon'
import { portFrom, startNext } from './lib/server.mjs'

const query = 'product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu'
// The search targets go through every English question of the relevance table in turn, not
// one query again and again: a typical mix of short and long questions.
/** @type {{ queries: { lang: string, q: string }[] }} */
const relevance = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8'))
const questions = relevance.queries
  .filter((r) => r.lang === 'en')
  .map((r) => `q=${encodeURIComponent(r.q)}`)
/** @type {{ name: string, paths: string[], aim?: number }[]} */
const targets = [
  { name: 'refund check page', paths: [`/refunds/check?${query}`], aim: 0.6 },
  { name: 'JSON API', paths: [`/api/refund-check?${query}`] },
  { name: 'guide (/cancel/web)', paths: ['/cancel/web'] },
  { name: 'search API', paths: questions.map((q) => `/api/search?${q}`), aim: 0.8 },
  { name: 'search results page', paths: questions.map((q) => `/search?${q}`), aim: 0.6 },
]
const baseline = 'JSON API'

/**
 * @param {string} variable
 * @param {number} fallback
 */
function whole(variable, fallback) {
  const raw = process.env[variable]
  const value = raw === undefined || raw === '' ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 600) {
    throw new Error(`${variable}=${raw} must be a whole number from 1 to 600.`)
  }
  return value
}

const settings = {
  seconds: whole('BENCH_SECONDS', 10),
  // Each target once, unmeasured, before the rounds: a fresh server compiles its code on the
  // first requests, and that would count against whichever target comes first.
  warmup: whole('BENCH_WARMUP_SECONDS', 2),
  connections: whole('BENCH_CONNECTIONS', 50),
  rounds: whole('BENCH_ROUNDS', 3),
}

/** @param {number[]} values at least one */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid]
  const lower = sorted.length % 2 ? upper : sorted[mid - 1]
  if (upper === undefined || lower === undefined) throw new Error('no values to take the median of')
  return (lower + upper) / 2
}

/**
 * One autocannon run against one or more addresses (each connection goes through them in
 * turn), after a check that each answers 200 with gzip.
 * @param {string} origin
 * @param {string[]} paths
 */
async function measure(origin, paths, seconds = settings.seconds) {
  for (const path of paths) {
    const probe = await fetch(origin + path, { headers: { 'accept-encoding': 'gzip' } })
    await probe.arrayBuffer()
    if (probe.status !== 200) throw new Error(`${path} answers ${probe.status}: nothing to measure`)
  }
  const result = await autocannon({
    url: origin,
    connections: settings.connections,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  })
  return {
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

/**
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 */
function table(headers, rows) {
  const cells = [headers, ...rows.map((r) => r.map(String))]
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  return cells.map((r) => r.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ')).join('\n')
}

const server = await startNext(portFrom('BENCH_PORT', 4953), 'BENCH_PORT')
/** @type {{ round: number, name: string, rate: number, p50: number, p99: number, errors: number }[]} */
const runs = []
try {
  console.log(
    `${settings.rounds} rounds of ${targets.length} targets, ${settings.connections} connections, ` +
      `${settings.seconds} s each after ${settings.warmup} s of warm-up each, ` +
      `on ${os.availableParallelism()} cores`,
  )
  for (const target of targets) await measure(server.origin, target.paths, settings.warmup)
  for (let round = 1; round <= settings.rounds; round++) {
    for (const target of targets) {
      const m = await measure(server.origin, target.paths)
      runs.push({ round, name: target.name, ...m })
      console.log(
        `round ${round}: ${target.name}: ${Math.round(m.rate)} req/s, p99 ${m.p99} ms` +
          (m.errors ? `, ${m.errors} errors` : ''),
      )
    }
  }
} finally {
  await server.stop()
}

const rows = targets.map((target) => {
  const mine = runs.filter((r) => r.name === target.name)
  const ratios = mine.map((r) => {
    const api = runs.find((x) => x.round === r.round && x.name === baseline)
    return api && api.rate > 0 ? r.rate / api.rate : 0
  })
  return {
    name: target.name,
    rate: median(mine.map((r) => r.rate)),
    p50: median(mine.map((r) => r.p50)),
    p99: median(mine.map((r) => r.p99)),
    ratio: median(ratios),
    ratios,
    errors: mine.reduce((sum, r) => sum + r.errors, 0),
  }
})
console.log(
  '\n' +
    table(
      ['target', 'req/s (median)', 'p50 ms', 'p99 ms', 'rate / API (median)', 'errors'],
      rows.map((r) => [r.name, Math.round(r.rate), r.p50, r.p99, r.ratio.toFixed(2), r.errors]),
    ),
)
for (const target of targets) {
  const row = rows.find((r) => r.name === target.name)
  if (!row || target.aim === undefined) continue
  console.log(
    `The ${target.name} serves ${row.ratio.toFixed(2)} of the refund check API's rate ` +
      `(median of ${settings.rounds}; aim: ${target.aim} or more)` +
      (row.ratio < target.aim ? ': UNDER the aim.' : '.'),
  )
}
mkdirSync('reports', { recursive: true })
writeFileSync(
  'reports/bench.json',
  JSON.stringify({ date: new Date().toISOString(), settings, runs, summary: rows }, null, 2) + '\n',
)
console.log('Wrote reports/bench.json')
if (rows.some((r) => r.errors > 0)) {
  console.error('Some requests failed.')
  process.exit(1)
}
