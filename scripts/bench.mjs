// `npm run bench`: a benchmark, not a test. autocannon drives `npm start` (`next start`) on 127.0.0.1 with
// 50 connections for 30 seconds per target (BENCH_SECONDS, BENCH_CONNECTIONS override them):
// a guide page, the calculator with a full query, the JSON API; then the same guide page's
// prerendered HTML (.next/server/app/cancel/web.html) from a plain static server (sirv), so
// the guide's figure has a baseline. Prints req/s, p50, p99, errors and non-2xx, and the
// ratio next-start/static; writes reports/bench.json. Needs a production build in .next;
// starts and stops both servers itself (BENCH_PORT 4953, BENCH_STATIC_PORT 4954).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import autocannon from 'autocannon'
import { formatTable } from './lib/budgets.mjs'
import { buildId, portFrom, startNext, startServer } from './lib/server.mjs'

const query = 'product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu'
const guide = '/cancel/web'
const staticFile = `.next/server/app${guide}.html`

function positive(variable, fallback) {
  const raw = process.env[variable]
  const value = raw === undefined || raw === '' ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 600) {
    throw new Error(`${variable}=${raw} must be a whole number from 1 to 600.`)
  }
  return value
}

const settings = {
  seconds: positive('BENCH_SECONDS', 30),
  connections: positive('BENCH_CONNECTIONS', 50),
  pipelining: 1,
  warmupRequests: 500,
  timeoutSeconds: 10,
}

function version(pkg) {
  return JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version
}

/** One autocannon run; resolves with its result. Aborts cleanly on Ctrl-C via the servers' hooks. */
function run(url, opts) {
  return autocannon({
    url,
    connections: settings.connections,
    pipelining: settings.pipelining,
    timeout: settings.timeoutSeconds,
    ...opts,
  })
}

async function preflight(url) {
  const res = await fetch(url)
  const body = await res.text()
  if (res.status !== 200) throw new Error(`${url} answers ${res.status}; nothing to benchmark`)
  return body
}

async function main() {
  const id = buildId()
  if (!existsSync(staticFile)) {
    throw new Error(`${staticFile} is missing: is ${guide} still prerendered?`)
  }
  const nextPort = portFrom('BENCH_PORT', 4953)
  const staticPort = portFrom('BENCH_STATIC_PORT', 4954)
  const servers = []
  try {
    const next = await startNext(nextPort, 'BENCH_PORT')
    servers.push(next)
    console.log(`npm start (pid ${next.pid}) serving build ${id} on ${next.origin}`)
    const stat = await startServer({
      name: 'static server (sirv)',
      command: process.execPath,
      args: ['scripts/static-server.mjs', String(staticPort), '.next/server/app'],
      port: staticPort,
      variable: 'BENCH_STATIC_PORT',
    })
    servers.push(stat)
    console.log(`static server (pid ${stat.pid}) serving .next/server/app on ${stat.origin}`)

    const targets = [
      { name: 'guide page (npm start)', server: 'next', url: `${next.origin}${guide}` },
      {
        name: 'calculator page (npm start)',
        server: 'next',
        url: `${next.origin}/refunds/check?${query}`,
      },
      {
        name: 'JSON API (npm start)',
        server: 'next',
        url: `${next.origin}/api/refund-check?${query}`,
      },
      { name: 'guide page (static, sirv)', server: 'static', url: `${stat.origin}${guide}` },
    ]

    // Both servers must send the same page: the ratio compares serving, not content.
    const fromNext = await preflight(targets[0].url)
    const fromStatic = await preflight(targets[3].url)
    if (fromNext !== fromStatic) {
      console.log(
        `note: the two guide responses differ (${fromNext.length} vs ${fromStatic.length} characters)`,
      )
    }
    for (const t of targets.slice(1, 3)) await preflight(t.url)

    const load = os.loadavg().map((n) => Math.round(n * 100) / 100)
    console.log(
      `\n${settings.connections} connections, ${settings.seconds} s per target, ` +
        `after ${settings.warmupRequests} warm-up requests; load average before: ${load.join(', ')}`,
    )
    const results = []
    for (const t of targets) {
      await run(t.url, { amount: settings.warmupRequests, connections: 10 })
      process.stdout.write(`${t.name}: running ${settings.seconds} s … `)
      const r = await run(t.url, { duration: settings.seconds })
      const row = {
        target: t.name,
        server: t.server,
        url: t.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
        requestsPerSecond: Math.round(r.requests.average * 10) / 10,
        requests: r.requests.total,
        latencyMs: {
          p50: r.latency.p50,
          p90: r.latency.p90,
          p99: r.latency.p99,
          max: r.latency.max,
        },
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        bytesPerSecond: Math.round(r.throughput.average),
        seconds: r.duration,
      }
      console.log(`${row.requestsPerSecond} req/s`)
      results.push(row)
    }

    const guideNext = results[0].requestsPerSecond
    const guideStatic = results[3].requestsPerSecond
    const ratio = guideStatic > 0 ? Math.round((guideNext / guideStatic) * 1000) / 1000 : null

    console.log(
      '\n' +
        formatTable(
          ['target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'of which timeouts', 'non-2xx'],
          results.map((r) => [
            r.target,
            r.requestsPerSecond.toFixed(1),
            String(r.latencyMs.p50),
            String(r.latencyMs.p99),
            String(r.errors),
            String(r.timeouts),
            String(r.non2xx),
          ]),
        ),
    )
    console.log(
      `\nGuide page, npm start / static: ${ratio} ` +
        `(${guideNext.toFixed(1)} / ${guideStatic.toFixed(1)} req/s)`,
    )
    const failed = results.filter((r) => r.errors > 0 || r.non2xx > 0)
    for (const r of failed) {
      console.log(
        `warning: ${r.target} had ${r.errors} errors (${r.timeouts} timeouts after ` +
          `${settings.timeoutSeconds} s) and ${r.non2xx} non-2xx answers`,
      )
    }

    mkdirSync('reports', { recursive: true })
    const report = {
      date: new Date().toISOString(),
      buildId: id,
      machine: {
        cores: os.availableParallelism?.() ?? os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        loadAverageBefore: load,
      },
      settings: {
        ...settings,
        host: '127.0.0.1',
        tools: {
          autocannon: version('autocannon'),
          next: version('next'),
          sirv: version('sirv'),
        },
        staticServer: `sirv over .next/server/app (file list read once, file streamed per request); ${guide} → ${staticFile}`,
        compression: 'none: autocannon sends no Accept-Encoding, so both servers send plain HTML',
      },
      results,
      ratio: { guideNextOverStatic: ratio },
    }
    writeFileSync('reports/bench.json', JSON.stringify(report, null, 2) + '\n')
    console.log('Wrote reports/bench.json')
    return 0
  } finally {
    for (const s of servers.reverse()) {
      await s.stop()
      console.log(`stopped pid ${s.pid}`)
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench could not run: ${error.message}`)
    process.exit(2)
  },
)
