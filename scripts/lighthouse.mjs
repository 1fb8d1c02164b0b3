// `npm run check:lighthouse`: Lighthouse 12 (mobile preset, the default) against the production
// build, as Lighthouse CI measures: three runs per page, and each category must be at least 98
// on the median of the three (scripts/lib/lighthouse-runs.mjs). Layout shift (none), total
// byte weight and DOM size do not depend on the machine and are asserted on every run.
// Needs `npm run build` first.
//
//   npm run check:lighthouse                  every published page, the refund check's answer and search results
//   npm run check:lighthouse -- --sample      the fixed sample CI measures (`npm test`)
//   LIGHTHOUSE_ROUTES="/ /faq" npm run check:lighthouse   only these (for investigating)
//   LIGHTHOUSE_RUNS=7 npm run check:lighthouse            more runs per page (an odd number)
//
// Writes reports/lighthouse.json (every run's figures, with its main-thread breakdown) and
// prints one line per page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumArgs, fullChromiumExecutable } from './browser.mjs'
import { categories, figuresOf, limits, verdict } from './lib/lighthouse-runs.mjs'
import { portFrom, startNext } from './lib/server.mjs'

const { values: flags } = parseArgs({ options: { sample: { type: 'boolean', default: false } } })

const manifest = JSON.parse(readFileSync('tests/fixtures/published-anchors.json', 'utf8'))
// The refund check with an answer on screen: the page readers land on from the form. Its
// answers are noindex on purpose (app/refunds/check/route.tsx), so SEO is read without
// `is-crawlable` there, and that audit must keep failing.
/** @type {{ path: string, noindex?: boolean }} */
const answer = {
  path: '/refunds/check?product=course&channel=web&paid=2026-11-20&today=2026-11-25',
  noindex: true,
}
// Search results: noindex on purpose too (components/search-response.tsx).
/** @type {{ path: string, noindex?: boolean }[]} */
const searchResults = [
  { path: '/search?q=refund+after+10+days', noindex: true },
  { path: '/fr/recherche?q=rembourser+10+jours', noindex: true },
]
/** @type {{ path: string, noindex?: boolean }[]} */
const everyPage = [
  ...Object.keys(manifest.pages).map((path) => ({ path })),
  answer,
  ...searchResults,
]
// CI's sample: the home page, the two longest guides (the slowest to style and lay out), a
// step page, the answer and search results (the pages rendered per request), and the French
// edition's longest page (French runs about a fifth longer).
const samplePaths = [
  '/',
  '/refunds',
  '/sources',
  '/cancel/web',
  answer.path,
  '/search?q=refund+after+10+days',
  '/fr/remboursements',
]
const sample = samplePaths.map((p) => {
  const page = everyPage.find((x) => x.path === p)
  if (!page) throw new Error(`The sample names ${p}, which is not a published page.`)
  return page
})

const only = process.env.LIGHTHOUSE_ROUTES?.split(/\s+/).filter(Boolean)
const pages = only
  ? everyPage.filter((p) => only.includes(p.path))
  : flags.sample
    ? sample
    : everyPage
if (pages.length === 0) {
  console.error(
    `LIGHTHOUSE_ROUTES names no known page. Known: ${everyPage.map((p) => p.path).join(' ')}`,
  )
  process.exit(1)
}
const runsPerPage = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
if (!Number.isInteger(runsPerPage) || runsPerPage < 3 || runsPerPage % 2 === 0) {
  console.error(`LIGHTHOUSE_RUNS=${process.env.LIGHTHOUSE_RUNS}: give an odd number, 3 or more.`)
  process.exit(1)
}
// A run that measured nothing (see below) is run again, at most this many times per page.
const maxBrokenRuns = 3

/**
 * Lighthouse multiplies what it observes by its 4x CPU slowdown, so a machine still busy with
 * the previous step (the end-to-end tests leave builds, browsers and servers winding down)
 * reads as a slow page. Before the first page and before each further run, wait (at most
 * `maxSeconds`) until the machine's load, the CPU time all cores spent busy, is under one
 * busy core per two cores in two half-second samples in a row. The wait is reported;
 * it never skips a measurement.
 *
 * The load is sampled, not read from the one-minute load average: that average decays with a
 * one-minute time constant, so it stays over the limit for a minute or more after a burst has
 * ended, and Lighthouse's own runs keep it near one core. Waiting on it cost 146 s of a 278 s
 * sample in a quiet clean-clone CI run (docs/decisions/lighthouse-and-budgets.md).
 * @param {number} maxSeconds
 */
async function settle(maxSeconds) {
  const cores = os.cpus().length
  const limit = Math.max(1, cores / 2)
  const started = Date.now()
  let quiet = 0
  let load = busyCores(await cpuTimesOver(500))
  while (Date.now() - started < maxSeconds * 1000) {
    quiet = load < limit ? quiet + 1 : 0
    if (quiet >= 2) break
    load = busyCores(await cpuTimesOver(500))
  }
  const waited = Math.round((Date.now() - started) / 1000)
  return { waited, load: Math.round(load * 100) / 100 }
}

/** Busy and total CPU milliseconds, summed over every core, since the machine started. */
function cpuTimes() {
  let busy = 0
  let total = 0
  for (const { times } of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle
    busy += all - times.idle
    total += all
  }
  return { busy, total }
}

/**
 * The busy and total CPU time over the next `ms` milliseconds.
 * @param {number} ms
 */
async function cpuTimesOver(ms) {
  const before = cpuTimes()
  await new Promise((resolve) => setTimeout(resolve, ms))
  const after = cpuTimes()
  return { busy: after.busy - before.busy, total: after.total - before.total }
}

/**
 * How many cores were busy, on average, over a sample.
 * @param {{ busy: number, total: number }} sample
 */
function busyCores({ busy, total }) {
  return total > 0 ? (busy / total) * os.cpus().length : 0
}

const chromePath = fullChromiumExecutable()
if (!chromePath) {
  console.error('No chromium for Lighthouse: run node scripts/ensure-browser.mjs first.')
  process.exit(1)
}
const started = Date.now()
const server = await startNext(portFrom('LIGHTHOUSE_PORT', 4871), 'LIGHTHOUSE_PORT')
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
})

const first = await settle(90)
if (first.waited > 0) {
  console.log(`     waited ${first.waited} s for the machine to settle (load ${first.load})`)
}

/**
 * Whether the server still serves a page, asked after a run that measured nothing: when it
 * does not, no further run can measure anything.
 * @param {string} path
 */
async function serverError(path) {
  try {
    const res = await fetch(server.origin + path, { signal: AbortSignal.timeout(10_000) })
    await res.arrayBuffer()
    return res.ok ? null : `it answers ${res.status}`
  } catch (error) {
    const cause = /** @type {{ cause?: { code?: string } }} */ (error).cause?.code
    return `it does not answer (${cause ?? (error instanceof Error ? error.message : error)})`
  }
}

/** @type {Record<string, unknown>[]} */
const rows = []
let waitedSeconds = first.waited
/** @type {string[]} */
const failed = []
try {
  for (const page of pages) {
    /** @type {import('./lib/lighthouse-runs.mjs').RunFigures[]} */
    const runs = []
    /** @type {string[]} */
    const broken = []
    while (runs.length < runsPerPage && broken.length <= maxBrokenRuns) {
      // Lighthouse itself keeps the load near one core, so this wait is short: it only lets a
      // burst from elsewhere pass.
      if (runs.length + broken.length > 0) waitedSeconds += (await settle(10)).waited
      const result = await lighthouse(server.origin + page.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      })
      if (!result) throw new Error(`Lighthouse returned no result for ${page.path}`)
      const { lhr } = result
      // A run can fail as a whole: the page did not paint in time on a busy machine, or
      // Lighthouse 12 found no navigationStart in its trace (NO_NAVSTART, now and then with
      // the new headless mode). Such a run has no scores and measured nothing, so it is run
      // again; it is reported, and it never replaces a scored run.
      if (lhr.runtimeError || categories.some((c) => lhr.categories[c]?.score == null)) {
        broken.push(lhr.runtimeError?.code ?? 'no score')
        const down = await serverError(page.path)
        if (down)
          throw new Error(`A run of ${page.path} measured nothing, and the server: ${down}.`)
        console.log(`     ${page.path}: a run measured nothing (${broken.at(-1)}); running again`)
      } else {
        runs.push(figuresOf(lhr, page))
      }
    }
    if (runs.length < runsPerPage) {
      const problem = `only ${runs.length} of ${runsPerPage} runs measured anything`
      rows.push({ path: page.path, runs, broken, problems: [problem] })
      failed.push(page.path)
      console.log(`FAIL ${page.path}  <- ${problem} (${broken.join(', ')})`)
      continue
    }
    const v = verdict(runs, page)
    rows.push({ path: page.path, noindex: Boolean(page.noindex), ...v, runs, broken })
    if (v.problems.length) failed.push(page.path)
    const s = v.scores
    const perfRuns = runs.map((r) => r.scores.performance).join('/')
    console.log(
      `${v.problems.length ? 'FAIL' : 'ok  '} ${page.path}  perf ${s.performance} (${perfRuns})  ` +
        `a11y ${s.accessibility}  bp ${s['best-practices']}  seo ${s.seo}${page.noindex ? '*' : ''}  ` +
        `TBT ${v.tbtMs} ms  LCP ${v.lcpMs} ms  CLS ${v.layoutShift}  ` +
        `${(v.bytes / 1000).toFixed(1)} kB  ${v.domElements} elements` +
        (v.problems.length
          ? `\n     <- ${v.problems.join('; ')}\n     audits under 1 in the runs: ${[
              ...new Set(runs.flatMap((r) => r.failingAudits)),
            ].join(', ')}` +
            runs
              .map((r, i) =>
                r.shifts.length ? `\n     run ${i + 1} moved: ${r.shifts.join('; ')}` : '',
              )
              .join('')
          : ''),
    )
  }
} finally {
  await chrome.kill()
  await server.stop()
}

mkdirSync('reports', { recursive: true })
writeFileSync(
  'reports/lighthouse.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      lighthouse: '12.2.3',
      preset: 'mobile',
      aggregation: `median of ${runsPerPage} runs per page`,
      limits,
      seconds: Math.round((Date.now() - started) / 1000),
      waitedForLoadSeconds: waitedSeconds,
      pages: rows,
    },
    null,
    2,
  ) + '\n',
)
console.log(
  `\n${rows.length - failed.length} of ${rows.length} pages pass (median of ${runsPerPage} runs; ` +
    `each category ≥ ${limits.minimumScore}, layout shift ${limits.maxLayoutShift}, ` +
    `≤ ${limits.maxBytes / 1000} kB, ≤ ${limits.maxDomElements} elements; ` +
    `* = SEO without is-crawlable, the page is noindex on purpose) in ` +
    `${Math.round((Date.now() - started) / 1000)} s. Wrote reports/lighthouse.json.`,
)
if (failed.length) {
  console.error(`Lighthouse FAILED on ${failed.join(', ')}.`)
  process.exit(1)
}
