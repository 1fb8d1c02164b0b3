// Pure helpers of the link crawl (scripts/crawl-links.mjs): which links and ids a page has,
// which links stay on the site, and which links are broken. No network; unit-tested in
// tests/unit/links.test.ts.
import { eachElement, tokens } from './html.mjs'

/**
 * Where an internal link goes: `key` ("/path?query") is what the crawl fetches, `fragment` the
 * decoded #anchor, or null.
 * @typedef {{ key: string, path: string, fragment: string | null }} Target
 */
/**
 * What `resolveLink` makes of an href.
 * @typedef {({ type: 'internal' } & Target)
 *   | { type: 'external', url: string }
 *   | { type: 'ignored', reason: string }
 *   | { type: 'invalid', reason: string }} Resolved
 */
/**
 * What the crawl got for one address: `location` for a redirect, `ids` for an HTML page,
 * `error` when it could not be fetched at all.
 * @typedef {{ status: number, type: string, ids?: Set<string>, location?: string,
 *   error?: string }} Fetched
 */
/** @typedef {{ path: RegExp, type: string }} KnownFile */

/**
 * Non-HTML addresses the site serves on purpose, with the content type each must have.
 * A link to one must answer 200 with that type. The calendar route's other documented
 * answers (400 for a bad query, 404 when the answer has no deadline ahead) are never right
 * for a link the site itself prints, so they count as broken.
 * @type {KnownFile[]}
 */
export const knownFiles = [
  { path: /^\/icon\.svg$/, type: 'image/svg+xml' },
  { path: /^\/api\/policy$/, type: 'application/json' },
  { path: /^\/api\/refund-check$/, type: 'application/json' },
  { path: /^\/refunds\/check\/calendar$/, type: 'text/calendar' },
  { path: /^\/sitemap\.xml$/, type: 'application/xml' },
  { path: /^\/robots\.txt$/, type: 'text/plain' },
]

/**
 * `<a href>` and `<link rel=canonical href>`, in document order, attributes decoded.
 * @param {string} html
 */
export function extractLinks(html) {
  /** @type {{ href: string, kind: 'a' | 'canonical' }[]} */
  const links = []
  eachElement(html, (name, attrs) => {
    const href = attrs.get('href')
    if (href === undefined) return
    if (name === 'a') links.push({ href, kind: 'a' })
    else if (name === 'link' && tokens(attrs.get('rel')).includes('canonical'))
      links.push({ href, kind: 'canonical' })
  })
  return links
}

/**
 * Every id in the page, plus the names of `<a name>` (old-style anchors a browser honours).
 * @param {string} html
 */
export function extractIds(html) {
  /** @type {Set<string>} */
  const ids = new Set()
  eachElement(html, (name, attrs) => {
    const id = attrs.get('id')
    if (id !== undefined) ids.add(id)
    const anchorName = name === 'a' ? attrs.get('name') : undefined
    if (anchorName !== undefined) ids.add(anchorName)
  })
  return ids
}

/**
 * Where a link goes, seen from the page at `pageUrl` (an absolute URL on the test server).
 * `siteOrigins` are the origins that mean "this site": the test server's, and the public one
 * canonical links use. Returns
 *   { type: 'internal', key: '/path?query', path, fragment }  (fragment decoded, or null)
 *   { type: 'external', url }
 *   { type: 'ignored', reason }  for mailto:, tel:, javascript:, data: and the like
 *   { type: 'invalid', reason }  for an href no browser can follow
 * @param {string} href
 * @param {string} pageUrl
 * @param {string[]} siteOrigins
 * @returns {Resolved}
 */
export function resolveLink(href, pageUrl, siteOrigins) {
  let url
  try {
    url = new URL(href.trim(), pageUrl)
  } catch {
    return { type: 'invalid', reason: 'not a valid URL' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { type: 'ignored', reason: url.protocol }
  }
  if (!siteOrigins.includes(url.origin)) {
    return { type: 'external', url: url.href }
  }
  let fragment = null
  if (url.hash.length > 1) {
    try {
      fragment = decodeURIComponent(url.hash.slice(1))
    } catch {
      return { type: 'invalid', reason: `the fragment ${url.hash} is not valid percent-encoding` }
    }
  }
  return { type: 'internal', key: url.pathname + url.search, path: url.pathname, fragment }
}

/**
 * The known file rule for a path, if any.
 * @param {string} path
 */
export function knownFile(path) {
  return knownFiles.find((f) => f.path.test(path)) ?? null
}

/**
 * What is wrong with one internal link, or null when it resolves.
 * @param {Target} target
 * @param {Fetched | undefined} page
 *   what the crawl got for target.key (a redirect is a link of its own)
 * @param {{ samePage?: boolean }} [options] samePage: the link points into the page it is on,
 *   so only its anchor is checked (the 404 page's skip link works although the page is a 404)
 */
export function linkProblem(target, page, options = {}) {
  if (!page) return 'was not fetched'
  if (page.error) return `could not be fetched: ${page.error}`
  const file = knownFile(target.path)
  const isHtml = page.type === 'text/html'
  if (page.status !== 200 && !options.samePage) {
    return `answers ${page.status}${page.location ? ` (redirects to ${page.location})` : ''}`
  }
  if (file && page.type !== file.type) {
    return `answers 200 as ${page.type || 'no content type'}, expected ${file.type}`
  }
  if (target.fragment !== null && target.fragment !== 'top') {
    if (!isHtml) return `has a #${target.fragment} anchor, but is not an HTML page (${page.type})`
    if (!page.ids?.has(target.fragment)) return `has no element with id="${target.fragment}"`
  }
  return null
}

/**
 * The broken links: every link whose problem is not null, with the page it is on.
 * @param {{ from: string, href: string, target: Target }[]} links internal links only
 * @param {Map<string, Fetched>} pages results by key
 */
export function brokenLinks(links, pages) {
  /** @type {{ from: string, href: string, target: string, problem: string }[]} */
  const broken = []
  const seen = new Set()
  for (const link of links) {
    const samePage = link.target.key === link.from
    const problem = linkProblem(link.target, pages.get(link.target.key), { samePage })
    const id = `${link.from}\n${link.href}`
    if (problem && !seen.has(id)) {
      seen.add(id)
      broken.push({ from: link.from, href: link.href, target: link.target.key, problem })
    }
  }
  return broken.sort((a, b) => a.from.localeCompare(b.from) || a.href.localeCompare(b.href))
}

/**
 * External URLs with the pages that use them, sorted by URL: [{ url, pages }].
 * @param {{ url: string, from: string }[]} links
 */
export function groupExternal(links) {
  /** @type {Map<string, Set<string>>} */
  const byUrl = new Map()
  for (const { url, from } of links) {
    let pages = byUrl.get(url)
    if (!pages) byUrl.set(url, (pages = new Set()))
    pages.add(from)
  }
  return [...byUrl]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, pages]) => ({ url, pages: [...pages].sort() }))
}

/**
 * The media type of a Content-Type header, lower case, without parameters.
 * @param {string | null | undefined} header
 */
export function mediaType(header) {
  const [type = ''] = (header ?? '').split(';')
  return type.trim().toLowerCase()
}
