import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { blockPageScripts } from './no-scripts'
import { pageUrls } from './site-map'

const routes = [
  ...pageUrls,
  // The calculator with an answer, with errors, and a trial; a message page filled by a link.
  '/refunds/check?product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu',
  '/refunds/check?product=plus-monthly&channel=web&trialStart=2026-11-01&trialDays=7&today=2026-11-05&region=uk',
  '/refunds/check?product=netflix&paid=2026-02-30',
  '/messages?product=plus-annual&paid=2026-11-20&deadline=2026-12-04&region=eu',
  '/this-page-does-not-exist',
]

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }))
}

for (const scripts of ['on', 'off'] as const) {
  test.describe(`JavaScript ${scripts}`, () => {
    for (const url of routes) {
      test(`axe finds no violations on ${url}, light and dark`, async ({ page }) => {
        if (scripts === 'off') await blockPageScripts(page)
        await page.emulateMedia({ colorScheme: 'light' })
        await page.goto(url)
        // No page loads Next's runtime; the only scripts are our widget enhancers. A page
        // without one is the same document with JavaScript on or off, checked once (on).
        if (scripts === 'off') {
          const enhancers = await page.locator('script[src^="/enhance/"]').count()
          test.skip(enhancers === 0, 'no script on this page: the JavaScript-on run covers it')
        }
        expect(await violations(page), 'light').toEqual([])
        // The dark theme follows the system setting: switching it restyles the same page.
        await page.emulateMedia({ colorScheme: 'dark' })
        expect(await violations(page), 'dark').toEqual([])
      })
    }
  })
}
