import { expect, test } from '@playwright/test'
import { pageUrls } from './site-map'

const required = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
]

const routes = [
  ...pageUrls,
  '/refunds/check?product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu',
  '/no-such-page',
  '/api/policy',
  '/api/refund-check?product=course&channel=web&paid=2026-11-07&today=2026-11-08',
  '/refunds/check/calendar?product=course&channel=web&paid=2026-11-07&today=2026-11-08',
]

test.describe('security headers on every route', () => {
  for (const url of routes) {
    test(url, async ({ request }) => {
      const response = await request.get(url)
      const headers = response.headers()
      for (const name of required) expect(headers[name], name).toBeTruthy()
      const csp = headers['content-security-policy']!
      expect(csp).not.toContain('unsafe-eval')
      expect(csp).not.toContain("'unsafe-inline'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toMatch(/base-uri '(self|none)'/)
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toMatch(/form-action '(self|none)'/)
      expect(headers['strict-transport-security']).toMatch(/max-age=(\d+)/)
      expect(
        Number(/max-age=(\d+)/.exec(headers['strict-transport-security']!)![1]),
      ).toBeGreaterThanOrEqual(15552000)
      expect(headers['x-content-type-options']).toBe('nosniff')
    })
  }
})

test.describe('the policy lets our own scripts run and nothing else', () => {
  const calculator = '/refunds/check?product=course&channel=web&paid=2026-11-07&today=2026-11-08'
  for (const url of [...pageUrls, calculator, '/no-such-page']) {
    test(url, async ({ page }) => {
      const violations: string[] = []
      const scripts: string[] = []
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
      })
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
      })
      await page.goto(url, { waitUntil: 'load' })
      // No page loads the framework runtime (the guides lose it at build, the refund check
      // is a route handler), only the enhancers of the widgets it shows, each one fetched.
      expect(scripts.filter((path) => !path.startsWith('/enhance/'))).toEqual([])
      const wanted = await page.$$eval('script[src]', (nodes) =>
        nodes.map((n) => new URL((n as HTMLScriptElement).src).pathname),
      )
      // A module runs once, however many widgets name it: each enhancer is fetched once.
      expect(scripts.sort()).toEqual([...new Set(wanted)].sort())
      // Every page loads the frame's one script (copy links, the edition link, the search
      // box's loader); the search box's own script waits for the box's first focus.
      expect(scripts.filter((path) => path.startsWith('/enhance/site.'))).toHaveLength(1)
      expect(scripts.filter((path) => path.startsWith('/enhance/search.'))).toEqual([])
      expect(
        await page.locator('script:not([src]):not([type="application/ld+json"])').count(),
      ).toBe(0)
      expect(violations).toEqual([])
    })
  }
})

test('an injected inline script is refused', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
  })
  await page.goto('/refunds')
  const ran = await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = 'window.__injected = true'
    document.body.append(s)
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  expect(ran).toBe(false)
  await expect.poll(() => violations.length).toBeGreaterThan(0)
})
