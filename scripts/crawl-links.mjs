// `npm run check:links`: crawls the built site from `/` and checks that every internal link,
// canonical link and #anchor resolves, and that every address and anchor in
// tests/fixtures/published-anchors.json still does. External links are listed in
// reports/external-links.json, never fetched. Needs a production build in .next; starts and
// stops `npm start` on 127.0.0.1 itself (LINKS_PORT, default 4952). Exits 1 on a broken link.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import {
  brokenLinks,
  extractIds,
  extractLinks,
  groupExternal,
  mediaType,
  resolveLink,
} from './lib/links.mjs'
import { buildId, portFrom, startNext } from './lib/server.mjs'

/** @typedef {import('./lib/links.mjs').Target} Target */
/**
 * What the crawl got for one address, with the body it still has to read.
 * @typedef {import('./lib/links.mjs').Fetched & { html?: string, body?: string }} Page
 */

const manifestFile = 'tests/fixtures/published-anchors.json'
/** @type {{ pages: Record<string, string[]> }} address → the anchors published on it */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
/** A filled-in calculator: the only page that links the calendar file (.ics). */
const calculatorAnswer =
  '/refunds/check?product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu'
/** Any unknown address: must be a real 404, and the links on the 404 page are crawled too. */
const notFoundSeed = '/links-check-no-such-page'
/** A crawl that finds more distinct addresses than this has run away (endless query links). */
const maxPages = 2000
const concurrency = 4

async function main() {
  const started = Date.now()
  const port = portFrom('LINKS_PORT', 4952)
  const id = buildId()
  const server = await startNext(port, 'LINKS_PORT')
  console.log(`npm start (pid ${server.pid}) serving build ${id} on ${server.origin}`)
  try {
    return await crawl(server.origin, started)
  } finally {
    await server.stop()
    console.log(`stopped npm start (pid ${server.pid})`)
  }
}

/**
 * @param {string} origin the test server's
 * @param {number} started when the run began (ms)
 * @returns {Promise<number>} the exit code
 */
async function crawl(origin, started) {
  const siteOrigins = [origin]
  /** @type {Map<string, Page>} key ("/path?query") → what the crawl got */
  const pages = new Map()
  /** @type {Set<string>} */
  const queued = new Set()
  /** @type {string[]} */
  const queue = []
  /** @type {{ from: string, href: string, target: Target }[]} */
  const internal = []
  /** @type {{ url: string, from: string }[]} */
  const external = []
  /** @type {{ from: string, href: string, problem: string }[]} */
  const invalid = []
  /** @type {string[]} */
  const seedProblems = []

  /** @param {string} key */
  function enqueue(key) {
    if (queued.has(key)) return
    queued.add(key)
    queue.push(key)
  }

  /**
   * @param {string} from the page (or file) the link is on
   * @param {string} href
   * @param {string} pageUrl the absolute URL href is relative to
   */
  function addLink(from, href, pageUrl) {
    const r = resolveLink(href, pageUrl, siteOrigins)
    if (r.type === 'internal') {
      internal.push({ from, href, target: r })
      enqueue(r.key)
    } else if (r.type === 'external') external.push({ url: r.url, from })
    else if (r.type === 'invalid') invalid.push({ from, href, problem: r.reason })
  }

  /**
   * @param {string} key
   * @returns {Promise<Page>}
   */
  async function fetchPage(key) {
    try {
      const res = await fetch(origin + key, { redirect: 'manual' })
      const type = mediaType(res.headers.get('content-type'))
      /** @type {Page} */
      const page = { status: res.status, type }
      if (res.status >= 300 && res.status < 400) {
        page.location = res.headers.get('location') ?? ''
        await res.arrayBuffer()
      } else if (type === 'text/html') {
        page.html = await res.text()
      } else {
        page.body = await res.text()
      }
      return page
    } catch (error) {
      return { status: 0, type: '', error: error instanceof Error ? error.message : String(error) }
    }
  }

  // The public origin: canonical links are absolute and name it. They count as internal.
  const home = await fetchPage('/')
  if (home.status !== 200 || !home.html) throw new Error(`/ answers ${home.status}`)
  const canonical = extractLinks(home.html).find((l) => l.kind === 'canonical')
  if (canonical) {
    const publicOrigin = new URL(canonical.href, origin).origin
    if (!siteOrigins.includes(publicOrigin)) siteOrigins.push(publicOrigin)
  }
  console.log(`Internal origins: ${siteOrigins.join(', ')}`)

  // Seeds: the home page, a filled-in calculator, an unknown address, and every published
  // address and anchor (as links from the manifest file).
  enqueue('/')
  enqueue(calculatorAnswer)
  enqueue(notFoundSeed)
  for (const [path, anchors] of Object.entries(manifest.pages)) {
    addLink(manifestFile, path, `${origin}/`)
    for (const anchor of anchors) addLink(manifestFile, `${path}#${anchor}`, `${origin}/`)
  }
  // Probes: when the build has a sitemap or robots.txt, every address they name must resolve.
  enqueue('/sitemap.xml')
  enqueue('/robots.txt')

  const cached = new Map([['/', home]])
  while (queue.length > 0) {
    if (pages.size > maxPages) {
      throw new Error(`More than ${maxPages} addresses: the crawl has run away.`)
    }
    const batch = queue.splice(0, concurrency)
    const results = await Promise.all(
      batch.map(
        /** @returns {Promise<[string, Page]>} */
        async (key) => [key, cached.get(key) ?? (await fetchPage(key))],
      ),
    )
    for (const [key, page] of results) {
      const pageUrl = origin + key
      if (page.location !== undefined) addLink(key, page.location, pageUrl)
      if (page.html && (page.status === 200 || key === notFoundSeed)) {
        page.ids = extractIds(page.html)
        for (const { href } of extractLinks(page.html)) addLink(key, href, pageUrl)
      }
      if (key === '/sitemap.xml' && page.status === 200) {
        for (const [, loc = ''] of (page.body ?? '').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
          addLink(key, loc.replaceAll('&amp;', '&'), pageUrl)
        }
      }
      if (key === '/robots.txt' && page.status === 200) {
        for (const [, url = ''] of (page.body ?? '').matchAll(/^\s*sitemap:\s*(\S+)/gim))
          addLink(key, url, pageUrl)
      }
      delete page.html
      delete page.body
      pages.set(key, page)
    }
  }

  if (pages.get(notFoundSeed)?.status !== 404) {
    seedProblems.push(`${notFoundSeed} answers ${pages.get(notFoundSeed)?.status}, expected 404`)
  }
  if (pages.get(calculatorAnswer)?.status !== 200) {
    seedProblems.push(`${calculatorAnswer} answers ${pages.get(calculatorAnswer)?.status}`)
  }
  const probes = ['/sitemap.xml', '/robots.txt'].map((p) => `${p} ${pages.get(p)?.status}`)

  const broken = [
    ...brokenLinks(internal, pages),
    ...invalid.map((l) => ({ ...l, target: l.href })),
    ...seedProblems.map((p) => {
      const [address = p] = p.split(' ')
      return { from: '(seed)', href: address, target: address, problem: p }
    }),
  ]
  const withAnchor = internal.filter((l) => l.target.fragment !== null)
  const anchorsChecked = new Set(withAnchor.map((l) => `${l.target.key}#${l.target.fragment}`)).size
  const externalGrouped = groupExternal(external)
  /** @type {Record<number, number>} */
  const statusCount = {}
  for (const p of pages.values()) statusCount[p.status] = (statusCount[p.status] ?? 0) + 1

  mkdirSync('reports', { recursive: true })
  writeFileSync(
    'reports/external-links.json',
    JSON.stringify(
      { date: new Date().toISOString(), count: externalGrouped.length, links: externalGrouped },
      null,
      2,
    ) + '\n',
  )
  const seconds = Math.round((Date.now() - started) / 100) / 10
  writeFileSync(
    'reports/links.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        seconds,
        addresses: Object.fromEntries(
          [...pages].map(([k, p]) => [k, { status: p.status, type: p.type }]),
        ),
        internalLinks: internal.length,
        anchorsChecked,
        broken,
      },
      null,
      2,
    ) + '\n',
  )

  console.log(
    `Crawled ${pages.size} addresses (by status: ${Object.entries(statusCount)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}); checked ${internal.length} internal links to ` +
      `${new Set(internal.map((l) => l.target.key)).size} addresses and ${anchorsChecked} distinct anchors; ` +
      `${externalGrouped.length} external URLs listed in reports/external-links.json (not fetched). ` +
      `Probes: ${probes.join(', ')}.`,
  )
  if (broken.length > 0) {
    console.error(`\nBroken links (${broken.length}), page → href: problem`)
    for (const b of broken) console.error(`- ${b.from} → ${b.href}: ${b.problem}`)
    const targets = [...new Set(broken.map((b) => b.target.split('?')[0]))].sort()
    console.error(`\nAddresses behind them: ${targets.join(', ')}`)
    return 1
  }
  console.log('Every internal link and anchor resolves.')
  return 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`check:links could not run: ${error.message}`)
    process.exit(2)
  },
)
