import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { blockPageScripts } from './no-scripts'
import { pageUrls } from './site-map'

const routes = [...pageUrls, '/this-page-does-not-exist']

for (const scheme of ['light', 'dark'] as const) {
  for (const scripts of ['on', 'off'] as const) {
    test.describe(`${scheme} theme, JavaScript ${scripts}`, () => {
      test.use({ colorScheme: scheme })
      for (const url of routes) {
        test(`axe finds no violations on ${url}`, async ({ page }) => {
          if (scripts === 'off') await blockPageScripts(page)
          await page.goto(url)
          const results = await new AxeBuilder({ page }).analyze()
          const summary = results.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
          }))
          expect(summary).toEqual([])
        })
      }
    })
  }
}
