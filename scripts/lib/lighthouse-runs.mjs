// Pure helpers of the Lighthouse gate (scripts/lighthouse.mjs): the figures of one run, and the
// verdict for a page from several runs, taken on the median as Lighthouse CI's `median`
// aggregation does. No browser, no files: unit-tested in tests/unit/lighthouse-runs.test.ts.

/**
 * The part of a Lighthouse result the gate reads (a full `import('lighthouse').Result` is one).
 * @typedef {object} LighthouseResult
 * @property {Record<string, { score: number | null, auditRefs: { id: string, weight: number }[] }>} categories
 * @property {Record<string, LighthouseAudit>} audits
 */
/**
 * @typedef {object} LighthouseAudit
 * @property {string} id
 * @property {number | null} score
 * @property {string} [scoreDisplayMode]
 * @property {number} [numericValue]
 * @property {unknown} [details]
 */
/** @typedef {{ noindex?: boolean }} Page */
/** @typedef {{ score?: number, node?: { selector?: string, snippet?: string } }} LayoutShiftItem */
/** @typedef {'performance' | 'accessibility' | 'best-practices' | 'seo'} Category */
/** @typedef {Record<Category, number | null>} Scores */
/**
 * The figures of one scored run.
 * @typedef {object} RunFigures
 * @property {Scores} scores
 * @property {boolean} crawlable
 * @property {number} layoutShift
 * @property {string[]} shifts what moved, from the `layout-shifts` audit: each element's share
 *   of the layout shift, its selector and the start of its markup, so a failure names its cause
 * @property {number} bytes
 * @property {number} domElements
 * @property {number} lcpMs
 * @property {number} tbtMs
 * @property {Record<string, number>} mainThreadMs
 * @property {string[]} failingAudits
 */

/** @type {Category[]} */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo']

/**
 * What a page must reach on the median of its runs, and the figures that do not depend on the
 * machine, asserted on every run.
 * - minimumScore: each category, as Lighthouse displays it (0 to 100).
 * - maxLayoutShift: cumulative layout shift; nothing may move.
 * - maxBytes: Lighthouse's total byte weight, what crossed the network: the 30 kB gzipped
 *   budget of HTML, CSS and JS (scripts/lib/budgets.mjs) plus about 1.1 kB of response
 *   headers (mostly the security policy) for each of at most five requests and the icon.
 *   /refunds, the heaviest page, weighs 27.4 kB of it.
 * - maxDomElements: elements in the body. Lighthouse rates up to about 800 green (its p10 is
 *   818) and 1,400 its median. The longest pages weigh /sources 841 and /refunds 808 (after
 *   dropping 152 and 39 wrapper elements); 900 leaves them room for a few more entries, while
 *   a wrapper per source name or per definition pair again would cross it.
 */
export const limits = {
  minimumScore: 98,
  maxLayoutShift: 0,
  maxBytes: 36_000,
  maxDomElements: 900,
}

/**
 * The median of a list of numbers (the middle one of an odd count).
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const at = (/** @type {number} */ i) => /** @type {number} */ (sorted[i])
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2
}

/**
 * A category's score recomputed from its audits, as Lighthouse computes it (core/scoring.js:
 * the weighted mean of the audits that carry weight, two decimals; null when one of them has
 * no score), leaving out the audits in `except`. Without `except` it must equal Lighthouse's
 * own score: the gate checks that, so a change in Lighthouse's scoring cannot slip by.
 * @param {LighthouseResult} lhr
 * @param {Category} id
 * @param {string[]} [except] audit ids
 * @returns {number | null} 0 to 1
 */
export function categoryScore(lhr, id, except = []) {
  const refs = (lhr.categories[id]?.auditRefs ?? []).filter(
    (r) => r.weight > 0 && !except.includes(r.id),
  )
  const scoreOf = (/** @type {string} */ audit) => lhr.audits[audit]?.score ?? null
  if (refs.some((r) => scoreOf(r.id) === null)) return null
  const weight = refs.reduce((n, r) => n + r.weight, 0)
  const sum = refs.reduce((n, r) => n + r.weight * /** @type {number} */ (scoreOf(r.id)), 0)
  return Math.round((sum / weight || 0) * 100) / 100
}

const percent = (/** @type {number | null | undefined} */ score) =>
  score == null ? null : Math.round(score * 100)

/**
 * The figures of one scored run. `seo` on a page that is noindex on purpose is the SEO score
 * without the `is-crawlable` audit (the one audit that measures that choice); `crawlable` says
 * whether that audit passed.
 * @param {LighthouseResult} lhr
 * @param {Page} [page]
 * @returns {RunFigures}
 */
export function figuresOf(lhr, page = {}) {
  /** @type {Scores} */
  const scores = { performance: null, accessibility: null, 'best-practices': null, seo: null }
  for (const c of categories) {
    const own = lhr.categories[c]?.score
    const recomputed = categoryScore(lhr, c)
    if (own !== recomputed) {
      throw new Error(
        `Lighthouse scored ${c} ${own}, its audits give ${recomputed}: its scoring has changed, ` +
          'and scripts/lib/lighthouse-runs.mjs must follow it.',
      )
    }
    scores[c] = percent(own)
  }
  if (page.noindex) scores.seo = percent(categoryScore(lhr, 'seo', ['is-crawlable']))
  const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN
  const details = /** @type {{ items?: { group: string, duration: number }[] } | undefined} */ (
    lhr.audits['mainthread-work-breakdown']?.details
  )
  const breakdown = Object.fromEntries(
    (details?.items ?? []).map((item) => [item.group, Math.round(item.duration)]),
  )
  const shiftDetails = /** @type {{ items?: LayoutShiftItem[] } | undefined} */ (
    lhr.audits['layout-shifts']?.details
  )
  return {
    scores,
    crawlable: lhr.audits['is-crawlable']?.score === 1,
    layoutShift: numeric('cumulative-layout-shift'),
    shifts: (shiftDetails?.items ?? []).map(
      (item) =>
        `${Number(item.score ?? 0).toFixed(5)} ${item.node?.selector ?? '(no element)'}` +
        (item.node?.snippet ? ` ${item.node.snippet.slice(0, 160)}` : ''),
    ),
    bytes: numeric('total-byte-weight'),
    domElements: numeric('dom-size'),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    mainThreadMs: breakdown,
    failingAudits: Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => a.id)
      .sort(),
  }
}

/**
 * The verdict for one page from the figures of its runs: each category on the median; layout
 * shift, byte weight and DOM size on every run (they do not depend on the machine, so any run
 * over a limit is the page's fault); on a page that is noindex on purpose, `is-crawlable` must
 * still fail in every run, or the page has become indexable.
 * @param {RunFigures[]} runs
 * @param {Page} [page]
 * @param {typeof limits} [limit]
 */
export function verdict(runs, page = {}, limit = limits) {
  if (runs.length === 0) throw new Error('no scored run')
  /** @type {Scores} */
  const scores = { performance: null, accessibility: null, 'best-practices': null, seo: null }
  for (const c of categories) {
    const values = runs.map((r) => r.scores[c])
    scores[c] = values.some((v) => v === null) ? null : median(/** @type {number[]} */ (values))
  }
  const worst = (/** @type {'layoutShift' | 'bytes' | 'domElements'} */ key) =>
    Math.max(...runs.map((r) => r[key]))
  const figures = {
    layoutShift: worst('layoutShift'),
    bytes: worst('bytes'),
    domElements: worst('domElements'),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
  }
  /** @type {string[]} */
  const problems = []
  for (const c of categories) {
    const score = scores[c]
    if (score === null || score < limit.minimumScore) {
      const what = c === 'seo' && page.noindex ? 'seo without is-crawlable' : c
      problems.push(`${what} ${score ?? 'unscored'} on the median`)
    }
  }
  if (page.noindex && runs.some((r) => r.crawlable)) {
    problems.push('is-crawlable passes: the page should be noindex')
  }
  // NaN (an audit that did not run) fails these comparisons too.
  if (!(figures.layoutShift <= limit.maxLayoutShift)) {
    problems.push(`layout shift ${figures.layoutShift}`)
  }
  if (!(figures.bytes <= limit.maxBytes)) {
    problems.push(`total byte weight ${figures.bytes} B over ${limit.maxBytes} B`)
  }
  if (!(figures.domElements <= limit.maxDomElements)) {
    problems.push(`DOM size ${figures.domElements} elements over ${limit.maxDomElements}`)
  }
  return { scores, ...figures, problems }
}
