import { expect, test } from '@playwright/test'
import { expectErrorLinksShowTheirQuestion, refundFormWithErrors } from './error-links'

// The fixes of issue 14 as readers on a phone meet them: the refund check, the refund guide, the navigation and a
// shared step, each as the path a reader takes. The no-JavaScript halves are in no-js.spec.ts.
test.use({ viewport: { width: 390, height: 844 } })

test.describe('the refund check', () => {
  test('asks about a renewal only after a subscription', async ({ page }) => {
    await page.goto('/refunds/check')
    const renewal = page.locator('#renewal-no')
    await page.locator('#channel-web').check()
    await page.locator('#kind-paid').check()
    await page.locator('#product-course').check()
    await expect(renewal).toBeHidden()
    await expect(page.locator('#upgrade-no')).toBeHidden()
    await page.locator('#product-plus-monthly').check()
    await expect(renewal).toBeVisible()
    await page.locator('#product-guided-project').check()
    await expect(renewal).toBeHidden()
  })

  test('the server ignores a renewal answer given for a purchase paid once', async ({
    request,
  }) => {
    const query = 'product=course&channel=web&paid=2026-11-20&today=2026-11-25'
    const plain = await (await request.get(`/api/refund-check?${query}`)).json()
    const withRenewal = await (await request.get(`/api/refund-check?${query}&renewal=yes`)).json()
    expect(withRenewal).toEqual(plain)
  })

  test('an error-summary link shows the question, not just its input', async ({ page }) => {
    await page.goto(refundFormWithErrors)
    await expectErrorLinksShowTheirQuestion(page)
  })

  test('at 1280 px it keeps the width of every other page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/refunds')
    const usual = await page.locator('main').evaluate((el) => el.getBoundingClientRect().width)
    await page.goto('/refunds/check')
    const here = await page.locator('main').evaluate((el) => el.getBoundingClientRect().width)
    expect(here).toBe(usual)
  })
})

test('/refunds: "Which did you buy?" links are within two phone screens and each lands', async ({
  page,
}) => {
  await page.goto('/refunds')
  const links = page.locator('#which-did-you-buy + p + ul a')
  expect(await links.count()).toBeGreaterThanOrEqual(8)
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!
    expect(box.y, await link.innerText()).toBeLessThan(2 * 844)
    const href = (await link.getAttribute('href'))!
    expect(href).toMatch(/^#/)
    await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1)
  }
})

test('the main navigation leads to /charges and /messages, in two rows at 390 px', async ({
  page,
}) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.locator('a[href="/charges"]')).toBeVisible()
  await expect(nav.locator('a[href="/messages"]')).toBeVisible()
  const tops = await nav
    .locator('a')
    .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)))
  expect(new Set(tops).size).toBeLessThanOrEqual(2)
})

test('/cancel: the way to tell app billing apart sits right under the choices', async ({
  page,
}) => {
  await page.goto('/cancel')
  const app = page.locator('.choice:has(a[href="/cancel/app"])')
  await expect(app).toContainText('Coursera charged you')
  // The next thing after the "Where you subscribed" choices points to the lists.
  const next = page.locator('#where-you-subscribed ~ .choices + p').first()
  await expect(next.locator('a[href="#still-not-sure-check-the-lists"]')).toBeVisible()
})

test('a shared step names its guide and its place; the other steps do not', async ({ page }) => {
  await page.goto('/cancel/web#open-my-purchases')
  const title = (await page.locator('h1').innerText()).trim()
  const steps = page.locator('#open-my-purchases').locator('xpath=..').locator(':scope > li.step')
  const total = await steps.count()
  const where = page.locator('#open-my-purchases > .step-where')
  await expect(where).toBeInViewport()
  await expect(where).toHaveText(`${title} · step 2 of ${total}`)
  await expect(page.locator('.step-where:visible')).toHaveCount(1)
})

test('the folded contents list draws inside its own box, so a partly read page cannot move it', async ({
  page,
}) => {
  // Its summary once overflowed the <details> (negative margins); painted before the parser
  // had read the whole list, the box then moved 10 px: Lighthouse's layout shift on /refunds.
  for (const url of ['/refunds', '/fr/remboursements']) {
    await page.goto(url)
    const details = await page.locator('.toc details').boundingBox()
    const summary = await page.locator('.toc summary').boundingBox()
    expect(summary!.y, url).toBeGreaterThanOrEqual(details!.y)
    expect(summary!.y + summary!.height, url).toBeLessThanOrEqual(
      details!.y + details!.height + 0.5,
    )
    expect(summary!.height, url).toBeGreaterThanOrEqual(40)
  }
})
