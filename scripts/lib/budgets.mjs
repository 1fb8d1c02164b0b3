// Pure helpers of the size budget gate (scripts/check-budgets.mjs): gzip sizes, which files a
// page's HTML makes the browser load, and the verdict for one route.
// No network, no files: everything here is unit-tested (tests/unit/budgets.test.ts).
import { gzipSync } from 'node:zlib'
import { eachElement, textOf, tokens } from './html.mjs'

/** @typedef {{ file: string, bytes: number }} SizedFile */
/** @typedef {{ maxTotal: number, maxOwnJs: number }} Budget */
/**
 * What a page's HTML makes the browser load, gzipped.
 * @typedef {{ route: string, html: number, css: SizedFile[], js: SizedFile[] }} MeasuredRoute
 */

/** 1 kB = 1,000 bytes, as in `next build`'s own output. */
export const KB = 1000

/**
 * The budget of every page, the 404 and the refund check's answers included: at most 30 kB
 * gzipped in all (the HTML and the CSS and JavaScript it makes the browser load), of which at
 * most 3 kB is our own JavaScript (the page enhancers, /enhance/). No page loads any framework
 * JavaScript; if Next's client runtime came back (about 135 kB), the total would say so.
 */
/** @type {Budget} */
export const budget = { maxTotal: 30 * KB, maxOwnJs: 3 * KB }

/**
 * Our own scripts: the page enhancers that scripts/build-enhance.mjs writes to public/enhance/.
 * @param {string} path
 */
export function isOwnScript(path) {
  return path.startsWith('/enhance/')
}

/**
 * Gzipped size in bytes (level 9, like the usual bundle-size tools).
 * @param {string | Uint8Array} body
 */
export function gzipSize(body) {
  return gzipSync(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, { level: 9 }).length
}

// Asset paths inside inline scripts: the RSC payload ("/_next/static/chunks/x.js") and the
// bundler's chunk list ("static/chunks/x.js"). The browser loads these at hydration.
const inlineAssetRef = /(?:\/_next\/)?static\/[\w~.\-/]+?\.(?:js|css)(?![\w.~-])/g
const jsTypes = /^(?:$|module$|text\/javascript$|application\/javascript$)/i

/**
 * A same-origin path ("/_next/static/…"), or the absolute URL of another origin.
 * @param {string} ref
 * @param {string} [origin]
 */
export function normalizeAsset(ref, origin = 'http://site.invalid') {
  const url = new URL(ref.startsWith('static/') ? `/_next/${ref}` : ref, `${origin}/`)
  return url.origin === new URL(origin).origin ? url.pathname : url.href
}

/** @param {string[]} list */
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
  /** @type {string[]} */
  const modern = []
  /** @type {string[]} */
  const noModule = []
  /** @type {string[]} */
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
  const norm = (/** @type {string[]} */ list) =>
    unique(list.map((ref) => normalizeAsset(ref, origin)))
  const skipped = new Set(norm(noModule))
  const js = norm(modern).filter((p) => !skipped.has(p))
  const styles = norm(css)
  const isExternal = (/** @type {string} */ p) => !p.startsWith('/')
  return {
    js: js.filter((p) => !isExternal(p)),
    css: styles.filter((p) => !isExternal(p)),
    noModule: [...skipped],
    external: [...js, ...styles].filter(isExternal),
  }
}

/** @param {SizedFile[]} files */
const sum = (files) => files.reduce((n, f) => n + f.bytes, 0)
/** @type {(a: SizedFile, b: SizedFile) => number} */
const bySize = (a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file)

/**
 * "12.3 kB"
 * @param {number} bytes
 */
export function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} kB`
}

/**
 * @param {SizedFile[]} files
 * @param {number} [limit]
 */
function describe(files, limit = 3) {
  const shown = files.slice(0, limit).map((f) => `${f.file} ${kb(f.bytes)}`)
  if (files.length > limit) shown.push(`${files.length - limit} more`)
  return shown.join(', ')
}

/**
 * @typedef {object} RouteVerdict
 * @property {string} route
 * @property {number} html
 * @property {number} css
 * @property {number} js
 * @property {number} ownJs
 * @property {number} otherJs
 * @property {number} total
 * @property {'ok' | 'over'} status
 * @property {string[]} problems
 * @property {SizedFile[]} ownScripts
 * @property {SizedFile[]} otherScripts
 */

/**
 * The verdict for one route.
 * @param {MeasuredRoute} measured gzipped sizes
 * @param {Budget} [limit]
 * @returns {RouteVerdict}
 */
export function evaluateRoute(measured, limit = budget) {
  const own = measured.js.filter((f) => isOwnScript(f.file)).sort(bySize)
  const other = measured.js.filter((f) => !isOwnScript(f.file)).sort(bySize)
  const css = [...measured.css].sort(bySize)
  const cssBytes = sum(css)
  const jsBytes = sum(measured.js)
  const ownJs = sum(own)
  const total = measured.html + cssBytes + jsBytes
  /** @type {string[]} */
  const problems = []

  // What we control comes first in a message: our scripts, the HTML, the CSS; then the rest.
  const parts = () =>
    [
      own.length ? `own JS: ${describe(own)}` : null,
      `HTML document ${kb(measured.html)}`,
      css.length ? `CSS: ${describe(css)}` : null,
      other.length ? `other JS ${kb(sum(other))} (${describe(other, 2)})` : null,
    ]
      .filter(Boolean)
      .join('; ')

  if (total > limit.maxTotal) {
    problems.push(
      `total ${kb(total)} is over ${kb(limit.maxTotal)} by ${kb(total - limit.maxTotal)}. ` +
        `Largest parts: ${parts()}`,
    )
  }
  if (ownJs > limit.maxOwnJs) {
    problems.push(
      `own JS ${kb(ownJs)} is over ${kb(limit.maxOwnJs)} by ${kb(ownJs - limit.maxOwnJs)}. ` +
        `Largest own scripts: ${describe(own, 5)}`,
    )
  }

  return {
    route: measured.route,
    html: measured.html,
    css: cssBytes,
    js: jsBytes,
    ownJs,
    otherJs: jsBytes - ownJs,
    total,
    status: problems.length ? 'over' : 'ok',
    problems,
    ownScripts: own,
    otherScripts: other,
  }
}

/**
 * A plain-text table: one line per row, columns padded; numbers and sizes right-aligned.
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 */
export function formatTable(headers, rows) {
  const cells = rows.map((r) => r.map(String))
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)))
  const numeric = headers.map(
    (_, i) => cells.length > 0 && cells.every((r) => /^-?[\d.]+(?: kB)?$/.test(r[i] ?? '')),
  )
  const line = (/** @type {string[]} */ r) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n')
}
