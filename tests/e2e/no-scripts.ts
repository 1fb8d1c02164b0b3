import type { Page } from '@playwright/test'

/**
 * Serves every document with `script-src 'none'`, so the page renders exactly as a reader
 * with JavaScript off sees it, while the test itself (axe) can still run in the page.
 * Playwright's javaScriptEnabled: false would also stop axe from running.
 */
export async function blockPageScripts(page: Page) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue()
    const response = await route.fetch()
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
    })
  })
}
