import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  budget,
  evaluateRoute,
  extractAssets,
  formatTable,
  gzipSize,
  isOwnScript,
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

describe('evaluateRoute', () => {
  const css = [{ file: '/_next/static/chunks/site.css', bytes: 7 * KB }]
  const own = (bytes: number) => ({ file: '/enhance/refund-form.abc123.js', bytes })

  it('holds every page to 30 kB in all and 3 kB of our own JS', () => {
    expect(budget).toEqual({ maxTotal: 30 * KB, maxOwnJs: 3 * KB })
  })

  it('counts only the page enhancers as our own JS', () => {
    expect(isOwnScript('/enhance/copy-link.0f3a.js')).toBe(true)
    expect(isOwnScript('/_next/static/chunks/react-dom.js')).toBe(false)
  })

  it('passes a page within both limits and adds the parts up', () => {
    const v = evaluateRoute({ route: '/ok', html: 5 * KB, css, js: [own(2 * KB)] })
    expect(v).toMatchObject({ status: 'ok', problems: [], ownJs: 2 * KB, otherJs: 0 })
    expect(v.total).toBe(14 * KB)
  })

  // The limits sit at the byte: 30 kB fits, one byte more does not.
  it.each([
    ['the total', { html: 20 * KB, js: [own(3 * KB)] }, 'ok'],
    ['the total', { html: 20 * KB + 1, js: [own(3 * KB)] }, 'over'],
    ['own JS', { html: 5 * KB, js: [own(3 * KB)] }, 'ok'],
    ['own JS', { html: 5 * KB, js: [own(3 * KB + 1)] }, 'over'],
  ])('bites at the limit of %s', (_, parts, status) => {
    expect(evaluateRoute({ route: '/edge', css, ...parts }).status).toBe(status)
  })

  it('fails a page over its own-code budget and names the scripts, largest first', () => {
    const v = evaluateRoute({
      route: '/cancel/web',
      html: 5 * KB,
      css,
      js: [
        { file: '/enhance/small.js', bytes: 500 },
        { file: '/enhance/date-picker.js', bytes: 4200 },
      ],
    })
    expect(v.status).toBe('over')
    expect(v.problems).toHaveLength(1)
    expect(v.problems[0]).toContain('own JS 4.7 kB is over 3.0 kB by 1.7 kB')
    expect(v.problems[0]).toMatch(/date-picker\.js 4\.2 kB, \/enhance\/small\.js 0\.5 kB/)
    expect(v.ownScripts.map((c) => c.file)).toEqual([
      '/enhance/date-picker.js',
      '/enhance/small.js',
    ])
  })

  it("fails a page that loads Next's client runtime again, and names its chunks", () => {
    // What a hydrated page loaded before the runtime was taken out: about 135 kB.
    const v = evaluateRoute({
      route: '/refunds',
      html: 11 * KB,
      css,
      js: [
        own(2 * KB),
        { file: '/_next/static/chunks/react-dom.js', bytes: 72 * KB },
        { file: '/_next/static/chunks/next.js', bytes: 50 * KB },
      ],
    })
    expect(v.status).toBe('over')
    expect(v).toMatchObject({ ownJs: 2 * KB, otherJs: 122 * KB, total: 142 * KB })
    expect(v.problems[0]).toContain('total 142.0 kB is over 30.0 kB by 112.0 kB')
    expect(v.problems[0]).toContain('HTML document 11.0 kB')
    expect(v.problems[0]).toContain('site.css 7.0 kB')
    expect(v.problems[0]).toContain(
      'other JS 122.0 kB (/_next/static/chunks/react-dom.js 72.0 kB, /_next/static/chunks/next.js 50.0 kB)',
    )
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
