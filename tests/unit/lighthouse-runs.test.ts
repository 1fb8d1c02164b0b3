import { describe, expect, it } from 'vitest'
import {
  categoryScore,
  figuresOf,
  limits,
  median,
  verdict,
  type RunFigures,
} from '@/scripts/lib/lighthouse-runs.mjs'

/** A Lighthouse result reduced to what the gate reads, with the scores Lighthouse would give. */
function result(o: { perf?: number; crawlable?: boolean; cls?: number; lcp?: number } = {}) {
  const seoAudits = {
    'is-crawlable': o.crawlable === false ? 0 : 1,
    'document-title': 1,
    hreflang: 1,
  }
  // Lighthouse 12's SEO weights: is-crawlable 4.043, the others 1 each (here, two of them).
  const seoRefs = [
    { id: 'is-crawlable', weight: 4.043 },
    { id: 'document-title', weight: 1 },
    { id: 'hreflang', weight: 1 },
    { id: 'structured-data', weight: 0 },
  ]
  const seoScore = Math.round(((seoAudits['is-crawlable'] * 4.043 + 2) / 6.043) * 100) / 100
  const perf = o.perf ?? 1
  return {
    categories: {
      performance: { score: perf, auditRefs: [{ id: 'speed-index', weight: 10 }] },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: { score: seoScore, auditRefs: seoRefs },
    },
    audits: {
      'speed-index': { id: 'speed-index', score: perf, scoreDisplayMode: 'numeric' },
      'color-contrast': { id: 'color-contrast', score: 1, scoreDisplayMode: 'binary' },
      'errors-in-console': { id: 'errors-in-console', score: 1, scoreDisplayMode: 'binary' },
      ...Object.fromEntries(
        Object.entries(seoAudits).map(([id, score]) => [
          id,
          { id, score, scoreDisplayMode: 'binary' },
        ]),
      ),
      'structured-data': { id: 'structured-data', score: null, scoreDisplayMode: 'manual' },
      'cumulative-layout-shift': {
        id: 'cumulative-layout-shift',
        score: 1,
        numericValue: o.cls ?? 0,
      },
      'layout-shifts': {
        id: 'layout-shifts',
        score: o.cls ? 0 : 1,
        details: {
          items: o.cls
            ? [
                {
                  score: o.cls,
                  node: {
                    selector: 'main > nav.toc',
                    snippet: '<nav class="toc" aria-label="On this page">',
                  },
                },
              ]
            : [],
        },
      },
      'total-byte-weight': { id: 'total-byte-weight', score: 1, numericValue: 21_500 },
      'dom-size': { id: 'dom-size', score: 1, numericValue: 420 },
      'largest-contentful-paint': {
        id: 'largest-contentful-paint',
        score: 1,
        numericValue: o.lcp ?? 900,
      },
      'total-blocking-time': { id: 'total-blocking-time', score: 1, numericValue: 12.4 },
      'mainthread-work-breakdown': {
        id: 'mainthread-work-breakdown',
        score: 1,
        scoreDisplayMode: 'informative',
        details: { items: [{ group: 'styleLayout', duration: 101.6 }] },
      },
    },
  }
}

const run = (over: Partial<RunFigures> & { perf?: number } = {}): RunFigures => {
  const { perf = 100, ...rest } = over
  return {
    scores: { performance: perf, accessibility: 100, 'best-practices': 100, seo: 100 },
    crawlable: true,
    layoutShift: 0,
    shifts: [],
    bytes: 20_000,
    domElements: 400,
    lcpMs: 900,
    tbtMs: 0,
    mainThreadMs: {},
    failingAudits: [],
    ...rest,
  }
}

describe('median', () => {
  it.each([
    [[97], 97],
    [[92, 100, 97], 97],
    [[100, 92, 92], 92],
    [[1, 2, 3, 4], 2.5],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow()
  })
})

describe('categoryScore', () => {
  it("reproduces Lighthouse's own score, and leaves out the audits asked", () => {
    const lhr = result({ crawlable: false })
    expect(categoryScore(lhr, 'seo')).toBe(lhr.categories.seo.score)
    expect(categoryScore(lhr, 'seo')).toBe(0.33)
    expect(categoryScore(lhr, 'seo', ['is-crawlable'])).toBe(1)
  })
})

describe('figuresOf', () => {
  it('reads scores, the fixed figures and the main-thread breakdown of one run', () => {
    expect(figuresOf(result({ perf: 0.97 }))).toMatchObject({
      scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
      crawlable: true,
      layoutShift: 0,
      bytes: 21_500,
      domElements: 420,
      tbtMs: 12,
      mainThreadMs: { styleLayout: 102 },
    })
  })

  it('names what moved, so a layout-shift failure points at its element', () => {
    expect(figuresOf(result()).shifts).toEqual([])
    expect(figuresOf(result({ cls: 0.00058 })).shifts).toEqual([
      '0.00058 main > nav.toc <nav class="toc" aria-label="On this page">',
    ])
  })

  it('reads SEO without is-crawlable only on a page that is noindex on purpose', () => {
    const lhr = result({ crawlable: false })
    expect(figuresOf(lhr).scores.seo).toBe(33)
    expect(figuresOf(lhr, { noindex: true })).toMatchObject({
      scores: { seo: 100 },
      crawlable: false,
    })
  })

  it('stops when its reading of a score disagrees with Lighthouse', () => {
    const lhr = result()
    lhr.categories.seo.score = 0.9
    expect(() => figuresOf(lhr)).toThrow(/scoring has changed/)
  })

  it('lists the audits under full marks, not the informative ones', () => {
    const lhr = result({ crawlable: false })
    expect(figuresOf(lhr).failingAudits).toEqual(['is-crawlable'])
  })
})

describe('verdict', () => {
  it('passes a page whose median is 98 or more, though one run was slow', () => {
    const v = verdict([run({ perf: 92 }), run({ perf: 100 }), run({ perf: 98 })])
    expect(v.scores.performance).toBe(98)
    expect(v.problems).toEqual([])
  })

  it('fails a page slow in two runs of three, though its best run was perfect', () => {
    // The case the old best-of-five let through: 92, then 97, then 100.
    const v = verdict([run({ perf: 92 }), run({ perf: 97 }), run({ perf: 100 })])
    expect(v.scores.performance).toBe(97)
    expect(v.problems).toEqual(['performance 97 on the median'])
  })

  it.each([
    ['layout shift in one run', { layoutShift: 0.001 }, 'layout shift 0.001'],
    [
      'too many bytes',
      { bytes: limits.maxBytes + 1 },
      `total byte weight ${limits.maxBytes + 1} B`,
    ],
    ['too many elements', { domElements: limits.maxDomElements + 1 }, 'DOM size'],
    ['a figure Lighthouse did not measure', { domElements: NaN }, 'DOM size NaN'],
  ])('fails on %s, in any single run', (_, over, message) => {
    const v = verdict([run(), run(over), run()])
    expect(v.problems).toHaveLength(1)
    expect(v.problems[0]).toContain(message)
  })

  it('holds a noindex page to SEO without is-crawlable, and to staying noindex', () => {
    const noindex = { crawlable: false }
    expect(verdict([run(noindex), run(noindex), run(noindex)], { noindex: true }).problems).toEqual(
      [],
    )
    const indexable = verdict([run(noindex), run(), run(noindex)], { noindex: true })
    expect(indexable.problems).toEqual(['is-crawlable passes: the page should be noindex'])
    const weak = verdict([run({ ...noindex, scores: { ...run().scores, seo: 92 } })], {
      noindex: true,
    })
    expect(weak.problems).toEqual(['seo without is-crawlable 92 on the median'])
  })

  it('gives medians of the timings and the worst of the fixed figures', () => {
    const v = verdict([
      run({ lcpMs: 800, bytes: 20_000 }),
      run({ lcpMs: 1500, bytes: 20_100 }),
      run({ lcpMs: 900, bytes: 20_000 }),
    ])
    expect(v).toMatchObject({ lcpMs: 900, bytes: 20_100 })
  })
})
