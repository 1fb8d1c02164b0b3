import { expect, test } from '@playwright/test'
import { getMessages } from '../../lib/i18n/messages'
import { langOfPath } from '../../lib/site'
import { pageUrls, publishedPages } from './site-map'
import { expectErrorLinksShowTheirQuestion, refundFormWithErrors } from './error-links'

// Runs in the project with JavaScript disabled: everything a reader needs is in the HTML.
for (const url of pageUrls) {
  test(`${url} reads fully without JavaScript`, async ({ page }) => {
    const response = await page.goto(url)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1')).toBeVisible()
    for (const id of publishedPages[url] ?? []) {
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1)
    }
    // Every step is open and readable: title and body visible, the copy control a plain link.
    for (const step of await page.locator('li.step').all()) {
      await expect(step.locator('.step-title')).toBeVisible()
      await expect(step.locator('.step-body')).toBeVisible()
      const id = await step.getAttribute('id')
      const copy = getMessages(langOfPath(url)).steps.copyLink
      await expect(step.getByRole('link', { name: copy })).toHaveAttribute('href', `#${id}`)
    }
    // Nothing in main is hidden from a reader without scripts.
    const hidden = await page
      .locator('main [hidden], main [aria-hidden="true"]:not(svg):not(.step-number span)')
      .count()
    expect(hidden).toBe(0)
  })
}

test('a link to a step lands on it without JavaScript', async ({ page }) => {
  const [url, anchors] = Object.entries(publishedPages).find(([, a]) => a.length > 1) ?? []
  if (!url || !anchors) throw new Error('the manifest lists no page with steps')
  await page.goto(`${url}#${anchors[1]}`)
  await expect(page.locator(`[id="${anchors[1]}"]`)).toBeInViewport()
})

test.describe('the refund check at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('asks about a renewal only after a subscription', async ({ page }) => {
    await page.goto('/refunds/check')
    await page.locator('#product-course').check()
    await expect(page.locator('#renewal-no')).toBeHidden()
    await expect(page.locator('#upgrade-no')).toBeHidden()
    await page.locator('#product-plus-annual').check()
    await expect(page.locator('#renewal-no')).toBeVisible()
  })

  test('an error-summary link shows the question, not just its input', async ({ page }) => {
    await page.goto(refundFormWithErrors)
    await expectErrorLinksShowTheirQuestion(page)
  })
})
