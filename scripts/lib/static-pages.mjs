// Pure part of scripts/static-pages.mjs: takes Next.js's client runtime out of a prerendered
// page. What goes: the framework's <script src="/_next/static/…"> tags, their preloads, the
// bootstrap and the React Server Components payload (inline scripts that hand the page to
// the client router). What stays: every other byte, the page's markup, its stylesheets, data
// blocks such as JSON-LD, and the scripts of our own enhancers (/enhance/…).
// Unit-tested in tests/unit/static-pages.test.ts.
import { eachElement, textOf, tokens } from './html.mjs'

const frameworkPath = /^\/_next\/static\//
const jsTypes = /^(?:|module|text\/javascript|application\/javascript)$/i
/** Next's inline scripts: the RSC payload and the bundler's bootstrap. */
const frameworkInline = /^\s*\(?\s*(?:self\.__next_f|\(?globalThis\[["']TURBOPACK["']\])/

/**
 * Every element to cut, as [start, end, replacement] offsets into `html`, and the executable
 * inline or foreign scripts that would be left (a page with those is not ours to strip).
 * @param {string} html
 */
function survey(html) {
  /** @type {import('./html.mjs').Element[]} */
  const cut = []
  /** @type {string[]} */
  const leftovers = []
  eachElement(html, (name, attrs, node) => {
    if (name === 'script') {
      const src = attrs.get('src')
      const executable = jsTypes.test(attrs.get('type') ?? '')
      if (src !== undefined) {
        if (frameworkPath.test(src)) cut.push(node)
        else if (!src.startsWith('/enhance/')) leftovers.push(`<script src="${src}">`)
      } else if (executable) {
        if (frameworkInline.test(textOf(node)) || attrs.get('id') === '_R_') cut.push(node)
        else leftovers.push(`inline script "${textOf(node).slice(0, 60)}"`)
      }
    } else if (name === 'link') {
      const rel = tokens(attrs.get('rel'))
      const as = (attrs.get('as') ?? '').toLowerCase()
      const script = rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')
      if (script && frameworkPath.test(attrs.get('href') ?? '')) cut.push(node)
    }
  })
  return {
    edits: cut.map((n) => {
      const at = n.sourceCodeLocation
      if (!at) throw new Error(`the parser gave no source location for a <${n.tagName}>`)
      return /** @type {[start: number, end: number, replacement: string]} */ ([
        at.startOffset,
        at.endOffset,
        '',
      ])
    }),
    removed: cut.length,
    leftovers,
  }
}

/**
 * The page without the framework's client runtime. Throws when the page does not look like a
 * prerendered Next.js page (nothing to remove), or when an executable script we do not know
 * would stay: a change in Next's output must stop the build, not ship a half-stripped page.
 * @param {string} html
 * @returns {{ html: string, removed: number }}
 */
export function withoutFramework(html) {
  const { edits, removed, leftovers } = survey(html)
  if (removed === 0) throw new Error('no Next.js scripts found: is this a prerendered page?')
  if (leftovers.length) throw new Error(`unknown scripts would stay: ${leftovers.join('; ')}`)
  let out = ''
  let at = 0
  for (const [start, end, replacement] of edits.sort((a, b) => a[0] - b[0])) {
    out += html.slice(at, start) + replacement
    at = end
  }
  out += html.slice(at)
  if (
    /__next_f|\/_next\/static\/[^"']+\.js/.test(
      out.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, ''),
    )
  ) {
    throw new Error('a reference to the framework runtime is left after stripping')
  }
  return { html: out, removed }
}
