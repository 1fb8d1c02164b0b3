import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  budgets,
  evaluateRoute,
  extractAssets,
  formatTable,
  frameworkFloor,
  gzipSize,
  KB,
  normalizeAsset,
} from '@/scripts/lib/budgets.mjs'

// The shape of a page `next build` writes: async scripts, a nomodule polyfill, a stylesheet,
// the RSC payload naming a client component's chunk, and Turbopack's chunk list.
const page = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
<link rel="canonical" href="https://example.org/cancel/web"/>
<script src="/_next/static/chunks/react-dom.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script src="https://cdn.example.net/analytics.js" async></script>
<script type="application/ld+json">{"logo":"/_next/static/chunks/not-a-script.js"}</script>
</head><body>
<!-- <script src="/_next/static/chunks/commented-out.js"></script> -->
<script>(self.TURBOPACK=self.TURBOPACK||[]).push({"otherChunks":["static/chunks/main.js"]})</script>
<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/copy-link.js\\"\\n:HL[\\"/_next/static/chunks/site.css\\",\\"style\\"]"])</script>
</body></html>`

describe('gzipSize', () => {
  it('is the length of a gzip stream that decodes back to the input', () => {
    const text = 'hello '.repeat(1000)
    const size = gzipSize(text)
    expect(size).toBeGreaterThan(20)
    expect(size).toBeLessThan(text.length / 10)
    expect(gzipSize(Buffer.from(text))).toBe(size)
    // Real gzip: a stream of exactly this length decodes to the text.
    const stream = gzipSync(text, { level: 9 })
    expect(stream.length).toBe(size)
    expect(gunzipSync(stream).toString()).toBe(text)
  })

  it('counts bytes, not characters', () => {
    expect(gzipSize('é'.repeat(10))).toBe(gzipSize(Buffer.from('é'.repeat(10), 'utf8')))
    expect(gzipSize('a')).not.toBe(gzipSize('aé'))
  })
})

describe('extractAssets', () => {
  const assets = extractAssets(page, 'http://127.0.0.1:4951')

  it('skips nomodule scripts: modern browsers never load them', () => {
    expect(assets.noModule).toEqual(['/_next/static/chunks/polyfills.js'])
    expect(assets.js).not.toContain('/_next/static/chunks/polyfills.js')
  })

  it('finds script tags, script preloads and the chunks named in inline scripts', () => {
    expect(assets.js.sort()).toEqual(
      [
        '/_next/static/chunks/copy-link.js',
        '/_next/static/chunks/main.js',
        '/_next/static/chunks/react-dom.js',
        '/_next/static/chunks/webpack.js',
      ].sort(),
    )
  })

  it('ignores comments, JSON data blocks and non-script links', () => {
    expect(assets.js).not.toContain('/_next/static/chunks/commented-out.js')
    expect(assets.js).not.toContain('/_next/static/chunks/not-a-script.js')
  })

  it('lists each stylesheet once, and other origins apart', () => {
    expect(assets.css).toEqual(['/_next/static/chunks/site.css'])
    expect(assets.external).toEqual(['https://cdn.example.net/analytics.js'])
  })

  it('skips a nomodule script even when an inline script names it too', () => {
    const html = `<script nomodule src="/_next/static/chunks/p.js"></script>
      <script>self.__next_f.push([1,"\\"/_next/static/chunks/p.js\\""])</script>`
    expect(extractAssets(html).js).toEqual([])
  })

  it('treats absolute URLs of the same origin as our own files', () => {
    expect(normalizeAsset('http://127.0.0.1:1/_next/a.js?v=1', 'http://127.0.0.1:1')).toBe(
      '/_next/a.js',
    )
    expect(normalizeAsset('static/chunks/a.js')).toBe('/_next/static/chunks/a.js')
    expect(normalizeAsset('https://other.example/a.js', 'http://127.0.0.1:1')).toBe(
      'https://other.example/a.js',
    )
  })
})

describe('frameworkFloor', () => {
  const manifest = { rootMainFiles: ['static/chunks/react.js', 'static/chunks/next.js'] }

  it("is what Next's build stats say its 404 route loads first", () => {
    const { files, source } = frameworkFloor(
      [
        { route: '/refunds/check', firstLoadChunkPaths: ['.next/static/chunks/calculator.js'] },
        {
          route: '/_not-found',
          firstLoadChunkPaths: [
            '.next/static/chunks/react.js',
            '.next/static/chunks/next.js',
            '.next/static/chunks/layout-router.js',
          ],
        },
      ],
      manifest,
    )
    expect([...files].sort()).toEqual([
      '/_next/static/chunks/layout-router.js',
      '/_next/static/chunks/next.js',
      '/_next/static/chunks/react.js',
    ])
    expect(source).toContain('route-bundle-stats')
  })

  it("falls back to the build manifest's root files without stats", () => {
    const { files, source } = frameworkFloor(undefined, manifest)
    expect([...files].sort()).toEqual([
      '/_next/static/chunks/next.js',
      '/_next/static/chunks/react.js',
    ])
    expect(source).toContain('rootMainFiles')
  })

  it('refuses to guess when the build names no framework chunk', () => {
    expect(() => frameworkFloor([], {})).toThrow(/no framework chunks/)
  })
})

describe('evaluateRoute', () => {
  const floor = new Set(['/react.js', '/next.js'])
  const floorJs = [
    { file: '/react.js', bytes: 70 * KB },
    { file: '/next.js', bytes: 50 * KB },
  ]
  const css = [{ file: '/site.css', bytes: 7 * KB }]

  it('passes a guide within both limits and adds the parts up', () => {
    const v = evaluateRoute(
      { route: '/ok', html: 5 * KB, css, js: [...floorJs, { file: '/own.js', bytes: 2 * KB }] },
      budgets.guide,
      floor,
      120 * KB,
    )
    expect(v).toMatchObject({ status: 'ok', problems: [], ownJs: 2 * KB, js: 122 * KB })
    expect(v.total).toBe(5 * KB + 7 * KB + 122 * KB)
  })

  it('fails a guide over its own-code budget and names the chunks, largest first', () => {
    const v = evaluateRoute(
      {
        route: '/cancel/web',
        html: 5 * KB,
        css,
        js: [
          ...floorJs,
          { file: '/_next/static/chunks/small.js', bytes: 500 },
          { file: '/_next/static/chunks/date-picker.js', bytes: 4200 },
        ],
      },
      budgets.guide,
      floor,
      120 * KB,
    )
    expect(v.status).toBe('over')
    expect(v.problems).toHaveLength(1)
    expect(v.problems[0]).toContain('own JS 4.7 kB is over 3.0 kB by 1.7 kB')
    expect(v.problems[0]).toMatch(
      /date-picker\.js 4\.2 kB, \/_next\/static\/chunks\/small\.js 0\.5 kB/,
    )
    expect(v.ownChunks.map((c) => c.file)).toEqual([
      '/_next/static/chunks/date-picker.js',
      '/_next/static/chunks/small.js',
    ])
  })

  it('fails a guide over its total and names the HTML, CSS and floor that make it up', () => {
    const v = evaluateRoute(
      { route: '/refunds', html: 30 * KB, css, js: floorJs },
      budgets.guide,
      floor,
      120 * KB,
    )
    expect(v.status).toBe('over')
    expect(v.problems[0]).toContain('total 157.0 kB is over 150.0 kB by 7.0 kB')
    expect(v.problems[0]).toContain('HTML document 30.0 kB')
    expect(v.problems[0]).toContain('/site.css 7.0 kB')
    expect(v.problems[0]).toContain(
      'framework floor 120.0 kB (/react.js 70.0 kB, /next.js 50.0 kB)',
    )
  })

  it('holds the calculator to the floor plus 20 kB, whatever the floor weighs', () => {
    const measured = (own: number) => ({
      route: '/refunds/check',
      html: 10 * KB,
      css,
      js: [...floorJs, { file: '/form.js', bytes: own }],
    })
    // 10 + 7 + own on top of the 120 kB floor: 3 kB of own code fits, 3.001 kB does not.
    expect(evaluateRoute(measured(3 * KB), budgets.calculator, floor, 120 * KB).status).toBe('ok')
    const over = evaluateRoute(measured(3 * KB + 1), budgets.calculator, floor, 120 * KB)
    expect(over.status).toBe('over')
    expect(over.budget).toBe('total ≤ floor + 20.0 kB = 140.0 kB')
    expect(over.problems[0]).toMatch(/^total 140\.0 kB is over the floor \(120\.0 kB\) \+ 20\.0 kB/)
    expect(over.problems[0]).toContain('own JS: /form.js 3.0 kB')
  })
})

describe('formatTable', () => {
  it('right-aligns plain numbers too, and leaves text columns left-aligned', () => {
    expect(
      formatTable(
        ['target', 'req/s'],
        [
          ['guide', '240.3'],
          ['static', '2763.0'],
        ],
      ).split('\n'),
    ).toEqual(['target   req/s', '------  ------', 'guide    240.3', 'static  2763.0'])
  })

  it('pads columns and right-aligns sizes with their headings', () => {
    const out = formatTable(
      ['route', 'JS'],
      [
        ['/', '1.0 kB'],
        ['/cancel/web', '139.6 kB'],
      ],
    )
    expect(out.split('\n')).toEqual([
      'route              JS',
      '-----------  --------',
      '/              1.0 kB',
      '/cancel/web  139.6 kB',
    ])
  })
})
