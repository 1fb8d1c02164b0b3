// Pure helpers of the size budget gate (scripts/check-budgets.mjs): gzip sizes, which files a
// page's HTML makes the browser load, the framework floor, and the verdict for one route.
// No network, no files: everything here is unit-tested (tests/unit/budgets.test.ts).
import { gzipSync } from 'node:zlib'
import { eachElement, textOf, tokens } from './html.mjs'

/** 1 kB = 1,000 bytes, as in `next build`'s own output. */
export const KB = 1000

/**
 * The budgets. A guide page (and the 404) weighs at most 150 kB gzipped in total (HTML, CSS
 * and JavaScript), of which at most 3 kB is our own client code. The calculator weighs at
 * most the framework floor plus 20 kB (the budget, set when it hydrated with React;
 * it now loads none of the framework, so it is far under).
 */
export const budgets = {
  guide: { kind: 'guide', maxTotal: 150 * KB, maxOwnJs: 3 * KB },
  calculator: { kind: 'calculator', overFloor: 20 * KB },
}

/** Gzipped size in bytes (level 9, like the usual bundle-size tools). */
export function gzipSize(body) {
  return gzipSync(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, { level: 9 }).length
}

// Asset paths inside inline scripts: the RSC payload ("/_next/static/chunks/x.js") and the
// bundler's chunk list ("static/chunks/x.js"). The browser loads these at hydration.
const inlineAssetRef = /(?:\/_next\/)?static\/[\w~.\-/]+?\.(?:js|css)(?![\w.~-])/g
const jsTypes = /^(?:$|module$|text\/javascript$|application\/javascript$)/i

/** A same-origin path ("/_next/static/…"), or the absolute URL of another origin. */
export function normalizeAsset(ref, origin = 'http://site.invalid') {
  const url = new URL(ref.startsWith('static/') ? `/_next/${ref}` : ref, `${origin}/`)
  return url.origin === new URL(origin).origin ? url.pathname : url.href
}

function unique(list) {
  return [...new Set(list)]
}

/**
 * What a page's HTML makes a modern browser load.
 * - js: `<script src>` (not `nomodule`), `<link rel=modulepreload>`, `<link rel=preload
 *   as=script>`, and chunk paths named in inline scripts (the RSC payload lists the client
 *   components' chunks, which the runtime loads at hydration). Scripts that appear in a
 *   `nomodule` tag are skipped: modern browsers never run them.
 * - css: `<link rel=stylesheet>`, `<link rel=preload as=style>`, CSS paths in inline scripts.
 * - noModule: the skipped `nomodule` scripts, for the record.
 * - external: assets on another origin (not measured, listed).
 * @param {string} html
 * @param {string} [origin] the page's origin, so absolute same-origin URLs count as ours
 */
export function extractAssets(html, origin) {
  const modern = []
  const noModule = []
  const css = []
  eachElement(html, (name, attrs, node) => {
    if (name === 'script') {
      const src = attrs.get('src')
      if (src) {
        ;(attrs.has('nomodule') ? noModule : modern).push(src)
      } else if (jsTypes.test(attrs.get('type') ?? '')) {
        for (const [ref] of textOf(node).matchAll(inlineAssetRef)) {
          ;(ref.endsWith('.css') ? css : modern).push(ref)
        }
      }
    } else if (name === 'link') {
      const rel = tokens(attrs.get('rel'))
      const href = attrs.get('href')
      const as = (attrs.get('as') ?? '').toLowerCase()
      if (!href) return
      if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) css.push(href)
      else if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script'))
        modern.push(href)
    }
  })
  const norm = (list) => unique(list.map((ref) => normalizeAsset(ref, origin)))
  const skipped = new Set(norm(noModule))
  const js = norm(modern).filter((p) => !skipped.has(p))
  const styles = norm(css)
  const isExternal = (p) => !p.startsWith('/')
  return {
    js: js.filter((p) => !isExternal(p)),
    css: styles.filter((p) => !isExternal(p)),
    noModule: [...skipped],
    external: [...js, ...styles].filter(isExternal),
  }
}

/**
 * The framework floor: the JavaScript Next.js loads for a hydrated page that has no client
 * component of ours. Next's own build stats name it: the first-load chunks of its 404 route
 * (.next/diagnostics/route-bundle-stats.json). Without those stats, the build manifest's
 * `rootMainFiles`, a smaller set (so a stricter budget). No page loads it any more: the
 * runtime is taken out of the guides after the build (scripts/static-pages.mjs) and out of
 * the refund check by the server (scripts/start.mjs). The calculator's budget is still
 * counted from it, as the issue sets it: its weight stays under the floor plus 20 kB.
 * @param {{ route: string, firstLoadChunkPaths?: string[] }[] | undefined} routeStats
 * @param {{ rootMainFiles?: string[] }} buildManifest .next/build-manifest.json
 * @returns {{ files: Set<string>, source: string }}
 */
export function frameworkFloor(routeStats, buildManifest) {
  const notFound = routeStats?.find((entry) => entry.route === '/_not-found')
  const fromStats = notFound?.firstLoadChunkPaths ?? []
  if (fromStats.length > 0) {
    return {
      files: new Set(fromStats.map((p) => normalizeAsset(p.replace(/^\.next\//, '')))),
      source: 'first-load chunks of /_not-found in .next/diagnostics/route-bundle-stats.json',
    }
  }
  const root = buildManifest.rootMainFiles ?? []
  if (root.length === 0) throw new Error('the build lists no framework chunks at all')
  return {
    files: new Set(root.map((p) => normalizeAsset(p))),
    source: 'rootMainFiles in .next/build-manifest.json',
  }
}

const sum = (files) => files.reduce((n, f) => n + f.bytes, 0)
const bySize = (a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file)

/** "12.3 kB" */
export function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} kB`
}

function describe(files, limit = 3) {
  const shown = files.slice(0, limit).map((f) => `${f.file} ${kb(f.bytes)}`)
  if (files.length > limit) shown.push(`${files.length - limit} more`)
  return shown.join(', ')
}

/**
 * The verdict for one route.
 * @param {{ route: string, html: number, css: {file: string, bytes: number}[],
 *   js: {file: string, bytes: number}[] }} measured gzipped sizes
 * @param {{ kind: 'guide', maxTotal: number, maxOwnJs: number } |
 *   { kind: 'calculator', overFloor: number }} budget
 * @param {Set<string>} floor the framework floor's script paths
 * @param {number} floorBytes their gzipped size together
 */
export function evaluateRoute(measured, budget, floor, floorBytes) {
  const own = measured.js.filter((f) => !floor.has(f.file)).sort(bySize)
  const floorFiles = measured.js.filter((f) => floor.has(f.file)).sort(bySize)
  const css = [...measured.css].sort(bySize)
  const cssBytes = sum(css)
  const jsBytes = sum(measured.js)
  const ownJs = sum(own)
  const total = measured.html + cssBytes + jsBytes
  const problems = []

  // What we control comes first in a message: our chunks, the HTML, the CSS; then the floor.
  const parts = () =>
    [
      own.length ? `own JS: ${describe(own)}` : null,
      `HTML document ${kb(measured.html)}`,
      css.length ? `CSS: ${describe(css)}` : null,
      floorFiles.length
        ? `framework floor ${kb(sum(floorFiles))} (${describe(floorFiles, 2)})`
        : null,
    ]
      .filter(Boolean)
      .join('; ')

  let limitText
  if (budget.kind === 'guide') {
    limitText = `total ≤ ${kb(budget.maxTotal)}, own JS ≤ ${kb(budget.maxOwnJs)}`
    if (total > budget.maxTotal) {
      problems.push(
        `total ${kb(total)} is over ${kb(budget.maxTotal)} by ${kb(total - budget.maxTotal)}. ` +
          `Largest parts: ${parts()}`,
      )
    }
    if (ownJs > budget.maxOwnJs) {
      problems.push(
        `own JS ${kb(ownJs)} is over ${kb(budget.maxOwnJs)} by ${kb(ownJs - budget.maxOwnJs)}. ` +
          `Largest own chunks: ${describe(own, 5)}`,
      )
    }
  } else if (budget.kind === 'calculator') {
    const limit = floorBytes + budget.overFloor
    limitText = `total ≤ floor + ${kb(budget.overFloor)} = ${kb(limit)}`
    if (total > limit) {
      problems.push(
        `total ${kb(total)} is over the floor (${kb(floorBytes)}) + ${kb(budget.overFloor)} ` +
          `by ${kb(total - limit)}. Largest parts: ${parts()}`,
      )
    }
  } else {
    throw new Error(`unknown budget kind ${JSON.stringify(budget)}`)
  }

  return {
    route: measured.route,
    kind: budget.kind,
    html: measured.html,
    css: cssBytes,
    js: jsBytes,
    ownJs,
    total,
    budget: limitText,
    status: problems.length ? 'over' : 'ok',
    problems,
    ownChunks: own,
  }
}

/** A plain-text table: one line per row, columns padded; numbers and sizes right-aligned. */
export function formatTable(headers, rows) {
  const cells = rows.map((r) => r.map(String))
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)))
  const numeric = headers.map(
    (_, i) => cells.length > 0 && cells.every((r) => /^-?[\d.]+(?: kB)?$/.test(r[i] ?? '')),
  )
  const line = (r) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n')
}
