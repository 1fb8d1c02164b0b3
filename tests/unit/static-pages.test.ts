import { describe, expect, it } from 'vitest'
import { withoutFramework } from '@/scripts/lib/static-pages.mjs'

// The shape of a page `next build` prerenders (Next 16, Turbopack), with one enhancer of ours.
const page = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>
<script src="/_next/static/chunks/react-dom.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<title>Cancel on the web</title>
<script type="application/ld+json">{"@type":"Article","headline":"self.__next_f is text here"}</script>
</head><body><main><h1>Cancel on the web</h1><script type="module" src="/enhance/copy-link.ABC123.js"></script><a href="#open-settings">Copy link</a></main>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/runtime.js"]});</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>
</body></html>`

describe('withoutFramework', () => {
  const { html, removed } = withoutFramework(page)

  it("takes out Next's scripts, their preloads, the bootstrap and the RSC payload", () => {
    expect(removed).toBe(6)
    expect(html).not.toContain('/_next/static/chunks/react-dom.js')
    expect(html).not.toContain('/_next/static/chunks/runtime.js')
    expect(html).not.toContain('polyfills.js')
    expect(html).not.toContain('self.__next_f.push')
    expect(html).not.toContain('TURBOPACK')
  })

  it('keeps the markup, the stylesheet, data blocks and our own enhancers byte for byte', () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"')
    expect(html).toContain(
      '<script type="application/ld+json">{"@type":"Article","headline":"self.__next_f is text here"}</script>',
    )
    expect(html).toContain(
      '<main><h1>Cancel on the web</h1><script type="module" src="/enhance/copy-link.ABC123.js"></script><a href="#open-settings">Copy link</a></main>',
    )
    expect(html.startsWith('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>')).toBe(
      true,
    )
  })

  it('stops the build on a page that is not a prerendered Next.js page', () => {
    expect(() => withoutFramework('<!DOCTYPE html><html><body>plain</body></html>')).toThrow(
      /no Next.js scripts/,
    )
  })

  it('stops the build rather than leave a script it does not know', () => {
    const foreign = page.replace('</body>', '<script>alert(1)</script></body>')
    expect(() => withoutFramework(foreign)).toThrow(/unknown scripts would stay: inline script/)
    const external = page.replace(
      '</head>',
      '<script src="https://cdn.example/x.js"></script></head>',
    )
    expect(() => withoutFramework(external)).toThrow(/cdn\.example/)
  })
})
