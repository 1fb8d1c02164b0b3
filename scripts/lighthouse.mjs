// `npm run check:lighthouse`: Lighthouse 12 (mobile preset, the default) on every page, against
// the production build. Every category must score at least 98 and cumulative layout shift
// must be 0. Figures go to reports/lighthouse.json. Needs `npm run build` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumArgs, chromiumExecutable } from './browser.mjs'
import { startServer } from './serve.mjs'

const minimum = 98
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4871)
const manifest = JSON.parse(readFileSync('tests/fixtures/published-anchors.json', 'utf8'))
const routes = [
  ...Object.keys(manifest.pages),
  // The calculator with an answer on screen: the page readers actually land on.
  '/refunds/check?product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu',
]
const categories = ['performance', 'accessibility', 'best-practices', 'seo']

const server = await startServer(port)
const chromePath =
  chromiumExecutable() ?? (await import('@playwright/test')).chromium.executablePath()
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
})

const rows = []
let failed = false
try {
  for (const route of routes) {
    const result = await lighthouse(server.origin + route, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    })
    const lhr = result.lhr
    const scores = Object.fromEntries(
      categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    )
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN
    const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN
    const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN
    const problems = categories.filter((c) => scores[c] < minimum).map((c) => `${c} ${scores[c]}`)
    // The calculator with a query is deliberately noindex: its SEO category measures that choice.
    if (route.includes('?')) {
      const i = problems.findIndex((p) => p.startsWith('seo'))
      if (i >= 0 && lhr.audits['is-crawlable']?.score === 0) problems.splice(i, 1)
    }
    if (cls !== 0) problems.push(`CLS ${cls}`)
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => a.id)
    rows.push({
      route,
      ...scores,
      cls,
      lcpMs: Math.round(lcp),
      tbtMs: Math.round(tbt),
      problems,
      failingAudits: failing,
    })
    if (problems.length > 0) failed = true
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${route}  perf ${scores.performance}  a11y ${scores.accessibility}  bp ${scores['best-practices']}  seo ${scores.seo}  CLS ${cls}  LCP ${Math.round(lcp)} ms  TBT ${Math.round(tbt)} ms${problems.length ? `  <- ${problems.join(', ')}; audits: ${failing.join(', ')}` : ''}`,
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
      minimum,
      routes: rows,
    },
    null,
    2,
  ) + '\n',
)
console.log(`\nWrote reports/lighthouse.json (${rows.length} routes).`)
if (failed) {
  console.error(`Some routes scored under ${minimum} or shifted layout.`)
  process.exit(1)
}
