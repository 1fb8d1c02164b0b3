import { expect, test } from '@playwright/test'
import { pageUrls } from './site-map'

const checks = new Set(['/refunds/check', '/fr/remboursements/verifier'])
const guideUrls = pageUrls.filter((u) => !checks.has(u))

test('the sitemap lists every published page with its review date and both editions', async ({
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  for (const url of pageUrls) {
    const entry = new RegExp(
      `<url>\\s*<loc>https?://[^<]+${url === '/' ? '/' : url}</loc>([\\s\\S]*?)</url>`,
    ).exec(xml)
    expect(entry, url).not.toBeNull()
    const body = entry![1]!
    expect(body, url).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/)
    for (const lang of ['en', 'fr', 'x-default'])
      expect(body, `${url} names its ${lang} alternate`).toContain(`hreflang="${lang}"`)
  }
})

test('robots.txt allows the guides and points at the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toContain('Allow: /')
  expect(text).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/)
})

test.describe('every guide carries its share card and structured data', () => {
  for (const url of guideUrls) {
    test(url, async ({ page, request }) => {
      await page.goto(url)
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
      expect(new URL(canonical!).pathname).toBe(url)
      const image = await page.locator('meta[property="og:image"]').getAttribute('content')
      const card = await request.get(new URL(image!).pathname)
      expect(card.status()).toBe(200)
      expect(card.headers()['content-type']).toBe('image/png')
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
        'summary_large_image',
      )

      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
      expect(blocks).toHaveLength(1)
      const data = JSON.parse(blocks[0]!) as {
        '@type': string
        itemListElement?: unknown[]
        dateModified?: string
      }[]
      const article = data.find((d) => d['@type'] === 'Article')
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')
      expect(crumbs?.itemListElement?.length).toBeGreaterThanOrEqual(1)
      // dateModified is the review date the page shows.
      const shown = await page.locator('.page-meta time').getAttribute('datetime')
      expect(article?.dateModified).toBe(shown)
    })
  }
})

test('structured data cannot be closed early by text', async ({ request }) => {
  const html = await (await request.get('/refunds')).text()
  const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!
  expect(block).not.toContain('<')
})

test('a missing page answers 404, not a soft 200', async ({ request }) => {
  const response = await request.get('/cancel/nowhere')
  expect(response.status()).toBe(404)
  expect(await response.text()).toContain('noindex')
})
