import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { startServer } from '../../scripts/lib/server.mjs'
import { pageUrls } from './site-map'

/**
 * The site served every way the README documents, each on its own loopback port, one HTTP pass
 * over every route (no browser): the same status and the same body everywhere, no framework
 * script (only our /enhance/ modules, each one served), a policy that refuses none of them, and
 * the refund check answering without JavaScript.
 *
 * - `npm start` after a full install: `next start` on the build in .next.
 * - plain `next start`, as a host that runs Next itself would.
 * - `npm start` after a production-only install (only `dependencies`, as `npm ci --omit=dev`
 *   leaves them) in a copy of the checkout with its build: a container's runtime stage.
 * - the standalone output's `server.js` (`npm run build:standalone`), which reads PORT and
 *   HOSTNAME.
 */

const root = process.cwd()
const answer = '/refunds/check?product=course&channel=web&paid=2026-11-07&today=2026-11-08'
const routes = [
  ...pageUrls,
  answer,
  '/refunds/check?kind=&paid-day=30&paid-month=2&paid-year=2026',
  '/refunds/check/calendar?product=course&channel=web&paid=2026-11-07&today=2026-11-08',
  '/api/refund-check?product=course&channel=web&paid=2026-11-07&today=2026-11-08',
  '/api/refund-check?product=nonsense',
  '/api/policy',
  '/api/openapi.json',
  // Search: the results pages, the API with results and refused (its index is read at run
  // time, so each way must ship .search/).
  '/search?q=refund+after+10+days',
  '/fr/recherche?q=r%C3%A9silier+abonnement',
  '/api/search?q=delete+account',
  '/api/search?q=',
  '/changes.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/og/refunds',
  '/icon.svg',
  '/no-such-page',
  '/cancel/no-such-step',
]

interface Served {
  status: number
  type: string
  csp: string
  body: Buffer
}

/** The body, without what differs on purpose: a calendar file's time of writing (DTSTAMP). */
function comparable(r: Served): Buffer {
  if (!r.type.startsWith('text/calendar')) return r.body
  return Buffer.from(r.body.toString('utf8').replace(/^DTSTAMP:.*$/gm, ''))
}

async function fetchAll(origin: string): Promise<Map<string, Served>> {
  const out = new Map<string, Served>()
  for (const url of routes) {
    const response = await fetch(origin + url, { redirect: 'manual' })
    out.set(url, {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      csp: response.headers.get('content-security-policy') ?? '',
      body: Buffer.from(await response.arrayBuffer()),
    })
  }
  return out
}

/** Every <script> of a page: its src, or its type when it has none. */
function scriptsOf(html: string): { src?: string; type?: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].map(([, attrs = '']) => ({
    src: /\bsrc="([^"]*)"/.exec(attrs)?.[1],
    type: /\btype="([^"]*)"/.exec(attrs)?.[1],
  }))
}

async function checkWay(origin: string, served: Map<string, Served>) {
  const enhancers = new Set<string>()
  for (const [url, r] of served) {
    expect(r.status, `${url}: a server error`).toBeLessThan(500)
    if (!r.type.startsWith('text/html')) continue
    const html = r.body.toString('utf8')
    for (const s of scriptsOf(html)) {
      if (s.src === undefined) {
        // Data blocks only: an inline script would be refused by the policy.
        expect(s.type, `${url}: an inline script`).toBe('application/ld+json')
      } else {
        expect(s.src, `${url}: a script that is not one of our enhancers`).toMatch(/^\/enhance\//)
        enhancers.add(s.src)
      }
    }
    expect(html, `${url}: Next's runtime`).not.toMatch(/__next_f|\/_next\/static\/[^"']*\.js/)
    expect(html, `${url}: an inline event handler`).not.toMatch(/<[^>]+\son[a-z]+=/i)
    // The policy: scripts from our own origin only, so every script above may run.
    expect(r.csp, `${url}: the policy`).toContain("script-src 'self'")
    expect(r.csp).not.toContain("'unsafe-inline'")
  }
  for (const src of enhancers) {
    const response = await fetch(origin + src)
    expect(response.status, src).toBe(200)
    expect(response.headers.get('content-type') ?? '', src).toMatch(/javascript/)
  }
  // The refund check answers without JavaScript, from the address alone.
  const page = served.get(answer)!
  expect(page.status).toBe(200)
  expect(page.body.toString('utf8')).toContain('data-verdict="eligible"')
}

/** A copy of the checkout and its build, with only the production dependencies installed. */
function productionOnlyCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'leaving-coursera-prod-'))
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
  for (const file of tracked) {
    if (!existsSync(path.join(root, file))) continue
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    cpSync(path.join(root, file), path.join(dir, file))
  }
  for (const built of ['.next', '.enhance', '.search', 'public/enhance', 'public/styles']) {
    cpSync(path.join(root, built), path.join(dir, built), {
      recursive: true,
      filter: (src) => !src.startsWith(path.join(root, '.next', 'cache')),
    })
  }
  // The packages `npm ci --omit=dev` installs: the full install, linked rather than copied
  // where the file system allows (seconds instead of a minute), then every dev dependency
  // pruned by the same lockfile.
  const npm = (args: string[]) =>
    execFileSync('npm', [...args, '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    })
  try {
    execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
    npm(['prune', '--omit=dev'])
  } catch {
    rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true })
    npm(['ci', '--omit=dev'])
  }
  expect(existsSync(path.join(dir, 'node_modules', 'vitest')), 'a dev dependency').toBe(false)
  return dir
}

test.describe.configure({ mode: 'serial' })

test('every way the README documents serves the same pages, without a framework script', async () => {
  test.setTimeout(600_000)
  const standalone = path.join(root, '.next-standalone', 'standalone', 'server.js')
  expect(existsSync(path.join(root, '.next', 'BUILD_ID')), 'run `npm run build` first').toBe(true)
  expect(existsSync(standalone), 'run `npm run build:standalone` first').toBe(true)
  const prod = productionOnlyCopy()
  const base = Number(process.env.SERVE_WAYS_PORT ?? 4831)
  const ways = [
    { name: 'npm start', command: 'npm', args: ['start', '--', '-p', String(base)], cwd: root },
    {
      name: 'next start',
      command: 'npx',
      args: ['next', 'start', '-H', '127.0.0.1', '-p', String(base + 1)],
      cwd: root,
    },
    {
      name: 'npm start, production-only install',
      command: 'npm',
      args: ['start', '--', '-p', String(base + 2)],
      cwd: prod,
    },
    {
      name: 'standalone server.js',
      command: process.execPath,
      args: [standalone],
      cwd: root,
      env: { PORT: String(base + 3), HOSTNAME: '127.0.0.1' },
    },
  ]
  const results: { name: string; served: Map<string, Served> }[] = []
  try {
    for (const [i, way] of ways.entries()) {
      const server = await startServer({
        name: way.name,
        command: way.command,
        args: way.args,
        port: base + i,
        variable: 'SERVE_WAYS_PORT',
        cwd: way.cwd,
        env: way.env,
      })
      try {
        const served = await fetchAll(server.origin)
        await checkWay(server.origin, served)
        results.push({ name: way.name, served })
      } finally {
        await server.stop()
      }
    }
  } finally {
    rmSync(prod, { recursive: true, force: true })
  }
  const [first, ...others] = results
  for (const other of others) {
    for (const url of routes) {
      const a = first!.served.get(url)!
      const b = other.served.get(url)!
      expect(b.status, `${url}: ${other.name} against ${first!.name}`).toBe(a.status)
      expect(comparable(b).equals(comparable(a)), `${url}: ${other.name} serves other bytes`).toBe(
        true,
      )
    }
  }
})
