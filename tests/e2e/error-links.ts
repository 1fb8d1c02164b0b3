import { expect, test, type Page } from '@playwright/test'

/** The refund check after a form submission with a wrong date and four questions unanswered. */
export const refundFormWithErrors =
  '/refunds/check?product=course&channel=web&kind=paid&paid-day=30&paid-month=2&paid-year=2026'

/** Clicks every link of the error summary in turn: the question stays in view, its input focused. */
export async function expectErrorLinksShowTheirQuestion(page: Page) {
  const links = page.locator('.error-summary a')
  const count = await links.count()
  expect(count).toBeGreaterThan(1)
  for (let i = 0; i < count; i++) {
    const href = (await links.nth(i).getAttribute('href'))!
    await links.nth(i).click()
    const input = page.locator(href)
    const legend = page.locator(`.field:has(${href}) legend`).first()
    await expect(input, href).toBeInViewport()
    const top = await legend.evaluate((el) => el.getBoundingClientRect().top)
    expect(top, `${href}: the question above the input`).toBeGreaterThanOrEqual(0)
    await expect(page.locator(`.field:has(${href}) .field-error`)).toBeInViewport()
    if (test.info().project.use.javaScriptEnabled !== false) await expect(input).toBeFocused()
    await page.evaluate(() => window.scrollTo(0, 0))
  }
}
